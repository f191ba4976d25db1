#include "textposition.h"

#include <algorithm>
#include <cstring>

TextPosition TextPosition::at(std::string_view text, qint64 offset)
{
    TextPosition position;
    if (offset < 0)
        return position;
    const qint64 end = std::min<qint64>(offset, qint64(text.size()));
    const char *data = text.data();
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < end; ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (c == '\r') {
            // "\r\n" is one break (counted at the '\n'); a lone '\r' is a break of its own.
            if (i + 1 < qint64(text.size()) && data[i + 1] == '\n')
                continue;
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qint64 i = lineStart; i < end; ++i) {
        // Continuation bytes (10xxxxxx) belong to the code point started before them.
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    position.offset = offset;
    position.line = line;
    position.column = column;
    return position;
}
