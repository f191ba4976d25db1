#pragma once

#include <QtGlobal>

#include <string_view>

// Strict UTF-8 checks (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), used to
// point at the exact byte that makes a text invalid.
class Utf8 final
{
public:
    // Length of the valid UTF-8 sequence starting at `offset` (1 for ASCII), or 0 when invalid.
    static int sequenceLength(std::string_view text, qint64 offset);
    // Offset of the first byte that is not part of valid UTF-8, or -1.
    static qint64 firstInvalid(std::string_view text);
};
