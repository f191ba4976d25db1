#include "core/net/httpanswerparser.h"

namespace {

constexpr qint64 NeedSizeLine = -1;
constexpr qint64 NeedTrailer = -2;
constexpr qint64 NeedChunkEnd = -3; // the CRLF after a chunk's data
constexpr qint64 BadLength = -2; // a Content-Length that is not a whole number

} // namespace

void HttpAnswerParser::reset()
{
    *this = HttpAnswerParser();
}

HttpAnswerParser::State HttpAnswerParser::feed(const QByteArray &bytes)
{
    if (m_stage == Stage::Done || m_stage == Stage::Failed)
        return m_stage == Stage::Done ? State::Complete : State::Failed;
    m_in += bytes;
    return parse();
}

HttpAnswerParser::State HttpAnswerParser::parse()
{
    if (m_stage == Stage::Head && !parseHead())
        return m_stage == Stage::Failed ? State::Failed : State::NeedMore;
    bool complete = false;
    if (m_stage == Stage::Body)
        complete = takeBody();
    else if (m_stage == Stage::Chunks)
        complete = takeChunks();
    else if (m_stage == Stage::UntilClose)
        keep(std::exchange(m_in, {}));
    if (m_stage == Stage::Failed)
        return State::Failed;
    if (!complete)
        return State::NeedMore;
    m_stage = Stage::Done;
    return State::Complete;
}

void HttpAnswerParser::fail(const QString &message)
{
    m_stage = Stage::Failed;
    m_error = message;
    m_in.clear();
}

bool HttpAnswerParser::parseHead()
{
    for (;;) {
        const qsizetype endOfHead = m_in.indexOf("\r\n\r\n");
        if (endOfHead < 0 || endOfHead > MaxHeadBytes) {
            if (m_in.size() > MaxHeadBytes)
                fail(QStringLiteral("Answer headers too long"));
            return false;
        }
        const QList<QByteArray> lines = m_in.left(endOfHead).split('\n');
        m_in.remove(0, endOfHead + 4);
        const QByteArray status = lines.first().trimmed();
        bool numeric = false;
        m_answer.status = status.mid(9, 3).toInt(&numeric);
        if (!status.startsWith("HTTP/1.") || status.size() < 12 || !numeric
            || m_answer.status < 100) {
            fail(QStringLiteral("Malformed HTTP answer"));
            return false;
        }
        m_answer.reason = status.mid(13);
        m_closeAfter = status.startsWith("HTTP/1.0");
        const auto [length, chunked] = readHeaders(lines);
        if (length == BadLength) {
            fail(QStringLiteral("Malformed Content-Length"));
            return false;
        }
        if (m_answer.status >= 100 && m_answer.status < 200)
            continue; // an interim answer (100 Continue): the real one follows
        chooseBody(length, chunked);
        return true;
    }
}

// Keeps the header lines (after the status line); returns Content-Length (-1 without,
// BadLength when it is not a number) and whether the body is chunked.
std::pair<qint64, bool> HttpAnswerParser::readHeaders(const QList<QByteArray> &lines)
{
    m_answer.headers.clear();
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        m_answer.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            length = ok && parsed >= 0 && length != BadLength ? parsed : BadLength;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            chunked = value.toLower().contains("chunked");
        else if (name.compare("connection", Qt::CaseInsensitive) == 0)
            m_closeAfter = value.toLower().contains("close");
    }
    return {length, chunked};
}

void HttpAnswerParser::chooseBody(qint64 length, bool chunked)
{
    const bool empty = m_answer.status == 204 || m_answer.status == 304;
    if (chunked && !empty) {
        m_stage = Stage::Chunks;
        m_remaining = NeedSizeLine;
    } else if (length >= 0 || empty) {
        m_stage = Stage::Body;
        m_remaining = empty ? 0 : length;
    } else { // neither length nor chunks: the body ends when the server closes
        m_stage = Stage::UntilClose;
        m_closeAfter = true;
    }
}

bool HttpAnswerParser::takeBody()
{
    const qint64 n = std::min<qint64>(m_remaining, m_in.size());
    keep(n == m_in.size() ? std::exchange(m_in, {}) : m_in.left(n));
    m_in.remove(0, n);
    m_remaining -= n;
    return m_remaining == 0;
}

// Chunk data is kept (capped) as it arrives, so a chunk that claims a huge size costs no
// memory; a size line or trailer that never ends is cut off at MaxHeadBytes.
bool HttpAnswerParser::takeChunks()
{
    for (;;) {
        if (m_remaining == NeedTrailer) {
            if (m_in.startsWith("\r\n") || m_in.contains("\r\n\r\n"))
                return true;
            if (m_in.size() > MaxHeadBytes)
                fail(QStringLiteral("Chunk trailer too long"));
            return false;
        }
        if (m_remaining == NeedChunkEnd) {
            if (m_in.size() < 2)
                return false;
            if (!m_in.startsWith("\r\n")) {
                fail(QStringLiteral("Malformed chunked body"));
                return false;
            }
            m_in.remove(0, 2);
            m_remaining = NeedSizeLine;
            continue;
        }
        if (m_remaining == NeedSizeLine) {
            const qsizetype endOfLine = m_in.indexOf("\r\n");
            if (endOfLine < 0) {
                if (m_in.size() > MaxHeadBytes)
                    fail(QStringLiteral("Chunk size line too long"));
                return false;
            }
            const QByteArray line = m_in.left(endOfLine);
            bool ok = false;
            const qsizetype extension = line.indexOf(';'); // none: left(-1) would be empty
            m_remaining
                = line.left(extension < 0 ? line.size() : extension).trimmed().toLongLong(&ok, 16);
            m_in.remove(0, endOfLine + 2);
            if (!ok || m_remaining < 0) {
                fail(QStringLiteral("Malformed chunked body"));
                return false;
            }
            if (m_remaining == 0)
                m_remaining = NeedTrailer;
            continue;
        }
        if (m_in.isEmpty())
            return false;
        const qint64 n = std::min<qint64>(m_remaining, m_in.size());
        keep(m_in.left(n));
        m_in.remove(0, n);
        m_remaining -= n;
        if (m_remaining == 0)
            m_remaining = NeedChunkEnd;
    }
}

void HttpAnswerParser::keep(const QByteArray &bytes)
{
    m_answer.bodyBytes += bytes.size();
    const qint64 room = SendResult::MaxBodyBytes - m_answer.body.size();
    if (bytes.size() > room) {
        m_answer.body.append(bytes.left(std::max<qint64>(0, room)));
        m_answer.truncated = true;
    } else {
        m_answer.body.append(bytes);
    }
}
