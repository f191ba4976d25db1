// Fuzzes set files (*.events.json): every event is found in one pass, with the same text and
// position the whole-file locator gives, then checked and converted.
#include "tests/fuzz/inputcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static_cast<void>(SetFileReader::readText(
        FuzzCheck::bytes(data, size), QStringLiteral("f.events.json"), InputCheck::check));
    return 0;
}
