// Fuzzes the schema compiler with hostile user schemas: it compiles or refuses with a message,
// and a compiled schema validates a payload in bounded time (no loop, no crash).
#include "tests/fuzz/fuzzcheck.h"

#include "core/json/jsonparser.h"
#include "core/schema/schemacompiler.h"
#include "core/validation/nodevalidator.h"

#include <simdjson.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto compiled
        = SchemaCompiler::compile(FuzzCheck::bytes(data, size), QStringLiteral("f"));
    if (!compiled) {
        FuzzCheck::require(!compiled.error().message.isEmpty(), "refused without a message");
        return 0;
    }
    static JsonParser parser;
    static const char *const payloads[]
        = {R"({"a": [1, "x", {"b": null}], "c": 2.5})", "[]", R"("text")", "{}"};
    for (const char *payload : payloads) {
        simdjson::dom::element root;
        JsonError error;
        FuzzCheck::require(parser.parse(payload, &root, &error), "fixed payload did not parse");
        Findings findings;
        NodeValidator().validate(compiled.value()->root(), root, findings);
    }
    return 0;
}
