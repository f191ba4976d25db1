// Fuzzes the cURL importer (shell words, options, URLs, keys): it imports or refuses with a
// message, never crashes, and never reads a file it was not pointed at.
#include "tests/fuzz/fuzzcheck.h"

#include "core/io/curlimporter.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Relative @file names resolve in a folder that does not exist; absolute ones the fuzzer
    // may invent are read with the importer's cap.
    static const QDir nowhere(QStringLiteral("/nonexistent-fuzz-folder"));
    const auto report
        = CurlImporter::importText(QString::fromUtf8(FuzzCheck::bytes(data, size)), nowhere);
    if (!report)
        FuzzCheck::require(!report.error().message.isEmpty(), "refused without a message");
    return 0;
}
