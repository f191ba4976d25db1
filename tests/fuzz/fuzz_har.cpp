// Fuzzes the HAR importer: events, skipped requests or a refusal; a key in a skipped request's
// URL is never printed.
#include "tests/fuzz/fuzzcheck.h"

#include "core/io/harimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto report = HarImporter::importData(FuzzCheck::bytes(data, size), QStringLiteral("f"));
    if (!report)
        return 0;
    for (const QString &line : report.value().skipped)
        FuzzCheck::require(!line.contains(QLatin1String("api_key=sk_fuzz")),
            "a key was printed in a skipped line");
    return 0;
}
