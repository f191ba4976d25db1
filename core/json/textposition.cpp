#include "core/json/textposition.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

namespace {

// Counts '\n' bytes in [from, end) with memchr and returns the offset after the last one.
qint64 countLineFeeds(const char *data, qint64 end, int *lines)
{
    qint64 lineStart = 0;
    const char *p = data;
    while (const void *hit = std::memchr(p, '\n', size_t(end - (p - data)))) {
        p = static_cast<const char *>(hit) + 1;
        ++*lines;
        lineStart = p - data;
    }
    return lineStart;
}

// A '\r' not followed by '\n' is a line break of its own (old Mac text); "\r\n" counts once.
qint64 countLoneReturns(std::string_view text, qint64 end, int *lines)
{
    qint64 lineStart = 0;
    const char *data = text.data();
    const char *p = data;
    while (const void *hit = std::memchr(p, '\r', size_t(end - (p - data)))) {
        p = static_cast<const char *>(hit) + 1;
        const qint64 next = p - data;
        if (next < qint64(text.size()) && data[next] == '\n')
            continue;
        ++*lines;
        lineStart = next;
    }
    return lineStart;
}

// Continuation bytes (10xxxxxx) belong to the code point started before them. Eight bytes
// at a time: bit 7 of each byte survives the mask only when bit 6 is clear.
qint64 countContinuationBytes(const char *data, qint64 size)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qint64 count = 0;
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        count += qPopulationCount(word & ~(word << 1) & highBits);
    }
    for (; i < size; ++i)
        count += (static_cast<unsigned char>(data[i]) & 0xC0) == 0x80;
    return count;
}

} // namespace

TextPosition TextPosition::at(std::string_view text, qint64 offset)
{
    TextPosition position;
    if (offset < 0)
        return position;
    const qint64 end = std::min<qint64>(offset, qint64(text.size()));
    int line = 1;
    const qint64 lineStart
        = std::max(countLineFeeds(text.data(), end, &line), countLoneReturns(text, end, &line));
    const qint64 continuation = countContinuationBytes(text.data() + lineStart, end - lineStart);
    position.offset = offset;
    position.line = line;
    position.column = int(1 + (end - lineStart) - continuation);
    return position;
}

TextPosition TextPosition::advance(std::string_view text, const TextPosition &from, qint64 offset)
{
    if (!from.isValid() || offset < from.offset || from.offset > qint64(text.size()))
        return at(text, offset);
    const TextPosition local = at(text.substr(size_t(from.offset)), offset - from.offset);
    TextPosition position;
    position.offset = offset;
    position.line = from.line + local.line - 1;
    position.column = local.line == 1 ? from.column + local.column - 1 : local.column;
    return position;
}
