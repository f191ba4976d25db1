-- wrk script for bench_receiver: POSTs one JSON payload (file named by EVENTSMITH_PAYLOAD)
-- with the headers a real sender uses.
local path = os.getenv("EVENTSMITH_PAYLOAD")
local file = assert(io.open(path, "rb"), "cannot open payload " .. tostring(path))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("EVENTSMITH_API_KEY")
if key and key ~= "" then
    wrk.headers["api_key"] = key
end
