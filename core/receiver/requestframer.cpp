#include "core/receiver/requestframer.h"

#include <QList>

#include <algorithm>

namespace {

constexpr qint64 MaxChunkSize = qint64(1) << 56; // more hex digits than any real body needs

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "123" → 123; anything else (signs, spaces inside, overflow) → -1.
qint64 decimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

QByteArrayView lineWithoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

void RequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_phase != Phase::Untracked) {
        qsizetype used = 0;
        switch (m_phase) {
        case Phase::Idle:
            used = feedIdle(bytes);
            break;
        case Phase::Head:
            used = feedHead(bytes);
            break;
        case Phase::Body:
            used = m_head.chunked ? feedChunked(bytes) : feedBody(bytes);
            break;
        case Phase::Untracked:
            return;
        }
        bytes = bytes.sliced(used);
    }
}

// Empty lines before a request line are allowed (RFC 9112 §2.2).
qsizetype RequestFramer::feedIdle(QByteArrayView bytes)
{
    qsizetype skipped = 0;
    while (skipped < bytes.size() && (bytes[skipped] == '\r' || bytes[skipped] == '\n'))
        ++skipped;
    if (skipped < bytes.size()) {
        m_phase = Phase::Head;
        m_head = {};
        m_headBytes.clear();
        m_bodyBytes = 0;
        ++m_started;
    }
    return skipped;
}

qsizetype RequestFramer::feedHead(QByteArrayView bytes)
{
    const qsizetype before = m_headBytes.size();
    const qsizetype room = MaxHeadBytes - before;
    m_headBytes.append(bytes.first(std::min(bytes.size(), room)));
    // The end of the section is a blank line; a bare LF ends a line too (as QHttpServer reads).
    const qsizetype from = std::max<qsizetype>(0, before - 3);
    qsizetype end = -1;
    for (qsizetype i = from; i + 1 < m_headBytes.size() && end < 0; ++i) {
        if (m_headBytes[i] != '\n')
            continue;
        if (m_headBytes[i + 1] == '\n')
            end = i + 2;
        else if (m_headBytes[i + 1] == '\r' && i + 2 < m_headBytes.size()
            && m_headBytes[i + 2] == '\n')
            end = i + 3;
    }
    if (end < 0) {
        if (m_headBytes.size() >= MaxHeadBytes)
            m_phase = Phase::Untracked;
        return bytes.size();
    }
    m_headBytes.truncate(end);
    if (!parseHead(m_headBytes)) {
        m_phase = Phase::Untracked;
        return bytes.size();
    }
    m_headBytes.clear();
    m_remaining = m_head.chunked ? 0 : std::max<qint64>(0, m_head.contentLength);
    m_chunk = Chunk::Size;
    m_sizeDigits = false;
    if (m_head.chunked || m_head.contentLength > 0)
        m_phase = Phase::Body;
    else
        finishRequest();
    return end - before;
}

bool RequestFramer::parseHead(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype newline = text.indexOf('\n', start);
        lines.append(lineWithoutCr(text.sliced(start, newline - start)));
        start = newline + 1;
    }
    const QList<QByteArray> requestLine = lines.value(0).toByteArray().split(' ');
    if (requestLine.size() != 3)
        return false;
    m_head.method = requestLine[0];
    m_head.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // the blank line that ends the section
        const QByteArray name = line.first(colon).trimmed().toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        m_head.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const qint64 length = decimal(value);
            if (length < 0 || (m_head.contentLength >= 0 && m_head.contentLength != length))
                return false;
            m_head.contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            m_head.chunked = value.toLower().endsWith("chunked");
        }
    }
    return true;
}

qsizetype RequestFramer::feedBody(QByteArrayView bytes)
{
    const qsizetype used = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
    m_remaining -= used;
    m_bodyBytes += used;
    if (m_remaining == 0)
        finishRequest();
    return used;
}

// chunk = size [; extension] CRLF data CRLF, ended by a zero size and trailer lines.
qsizetype RequestFramer::feedChunked(QByteArrayView bytes)
{
    if (m_chunk == Chunk::Data) {
        const qsizetype used = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
        m_remaining -= used;
        m_bodyBytes += used;
        if (m_remaining == 0)
            m_chunk = Chunk::DataEnd;
        return used;
    }
    const char c = bytes.front();
    switch (m_chunk) {
    case Chunk::Size:
        if (const int digit = hexValue(c); digit >= 0) {
            m_remaining = m_remaining * 16 + digit;
            m_sizeDigits = true;
            if (m_remaining > MaxChunkSize)
                m_phase = Phase::Untracked;
        } else if (c == ';') {
            m_chunk = Chunk::Extension;
        } else if (c == '\n') {
            endChunkSizeLine();
        } else if (c != '\r' && c != ' ' && c != '\t') {
            m_phase = Phase::Untracked;
        }
        break;
    case Chunk::Extension:
        if (c == '\n')
            endChunkSizeLine();
        break;
    case Chunk::DataEnd:
        if (c == '\n') {
            m_chunk = Chunk::Size;
            m_remaining = 0;
            m_sizeDigits = false;
        } else if (c != '\r') {
            m_phase = Phase::Untracked;
        }
        break;
    case Chunk::Trailer:
        if (c == '\n')
            finishRequest();
        else if (c != '\r')
            m_chunk = Chunk::TrailerLine;
        break;
    case Chunk::TrailerLine:
        if (c == '\n')
            m_chunk = Chunk::Trailer;
        break;
    case Chunk::Data:
        break;
    }
    return 1;
}

void RequestFramer::endChunkSizeLine()
{
    if (!m_sizeDigits)
        m_phase = Phase::Untracked;
    else
        m_chunk = m_remaining == 0 ? Chunk::Trailer : Chunk::Data;
}

void RequestFramer::finishRequest()
{
    m_phase = Phase::Idle;
    m_remaining = 0;
}
