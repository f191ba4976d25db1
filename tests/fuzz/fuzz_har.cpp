// Fuzzes the HAR importer: events, skipped requests or a refusal; a key in a skipped request's
// URL is never printed.
#include "tests/fuzz/fuzzcheck.h"

#include "core/io/harimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzCheck::requireNoKeyInSkipped(
        HarImporter::importData(FuzzCheck::bytes(data, size), QStringLiteral("f")));
    return 0;
}
