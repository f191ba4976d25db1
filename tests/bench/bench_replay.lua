-- wrk script for bench_replay: cycles through the bodies of the replayed set (one JSON body per
-- line of the file named by EVENTSMITH_BODIES), POSTed to the emails endpoint.
local bodies = {}
for line in io.lines(os.getenv("EVENTSMITH_BODIES")) do
    bodies[#bodies + 1] = line
end
local i = 0
request = function()
    i = i % #bodies + 1
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[i])
end
