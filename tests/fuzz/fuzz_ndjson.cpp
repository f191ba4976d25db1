// Fuzzes NDJSON input: each line is an event (or an error at its line), checked and converted.
#include "tests/fuzz/inputcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static_cast<void>(SetFileReader::readText(
        FuzzCheck::bytes(data, size), QStringLiteral("f.ndjson"), InputCheck::check));
    return 0;
}
