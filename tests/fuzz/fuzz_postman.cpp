// Fuzzes the Postman v2.1 collection importer: events, skipped requests or a refusal; a key in a
// skipped request's URL is never printed.
#include "tests/fuzz/fuzzcheck.h"

#include "core/io/postmanimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzCheck::requireNoKeyInSkipped(
        PostmanImporter::importData(FuzzCheck::bytes(data, size), QStringLiteral("f")));
    return 0;
}
