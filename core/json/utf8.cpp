#include "core/json/utf8.h"

qint64 Utf8::firstInvalid(std::string_view text)
{
    qint64 i = 0;
    const qint64 size = qint64(text.size());
    while (i < size) {
        if (!(text[i] & 0x80)) {
            ++i;
            continue;
        }
        const int length = sequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

int Utf8::sequenceLength(std::string_view text, qint64 offset)
{
    const auto byte = [&](qint64 i) {
        return i < qint64(text.size()) ? static_cast<unsigned char>(text[i]) : 0u;
    };
    const uint lead = byte(offset);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uint low = 0x80, high = 0xBF; // allowed range of the second byte (RFC 3629 table)
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    const uint second = byte(offset + 1);
    if (second < low || second > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((byte(offset + i) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}
