#include "core/net/httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// Whether the server has closed an idle keep-alive connection (its FIN already arrived): then
// the request must go on a new connection. Peeking proves it before anything is written, so a
// POST is never sent twice on a guess.
bool peerClosed(const QTcpSocket &socket)
{
#ifdef Q_OS_UNIX
    char byte = 0;
    const auto peeked = ::recv(int(socket.socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked == 0; // 0: orderly shutdown; -1 with EAGAIN: open and quiet
#else
    Q_UNUSED(socket);
    return false;
#endif
}

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qint64 NeedSizeLine = -1;
constexpr qint64 NeedTrailer = -2;
constexpr qint64 NeedChunkEnd = -3; // the CRLF after a chunk's data
constexpr qint64 BadLength = -2; // a Content-Length that is not a whole number

} // namespace

HttpConnection::HttpConnection(const QString &host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_stall(new QTimer(this))
{
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, [this] { abort(SendResult::ErrorKind::Timeout); });
}

void HttpConnection::post(const QByteArray &head, const QByteArray &body, int transferTimeoutMs)
{
    m_busy = true;
    m_out = head + body;
    m_in.clear();
    m_answer = Answer();
    m_stage = Stage::Head;
    m_heardBack = false;
    m_closeAfter = false;
    m_stall->setInterval(std::max(0, transferTimeoutMs));
    m_reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && !peerClosed(*m_socket);
    if (m_reused)
        write();
    else
        connectSocket();
}

void HttpConnection::connectSocket()
{
    drop();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // head and body go at once
        write();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onError);
    emit connecting();
    if (m_stall->interval() > 0)
        m_stall->start();
    // Queued: a failure found at once must not finish the exchange inside post().
    QMetaObject::invokeMethod(
        m_socket, [socket = m_socket, this] { socket->connectToHost(m_host, m_port); },
        Qt::QueuedConnection);
}

void HttpConnection::write()
{
    m_unsent = m_out.size();
    m_socket->write(m_out);
    if (m_stall->interval() > 0)
        m_stall->start();
}

void HttpConnection::onBytesWritten(qint64 bytes)
{
    if (!m_busy || m_unsent <= 0)
        return;
    m_unsent -= bytes;
    if (m_stall->interval() > 0)
        m_stall->start();
    if (m_unsent <= 0)
        emit requestSent();
}

void HttpConnection::onReadyRead()
{
    if (!m_busy) { // nothing is asked: whatever comes makes the connection unusable
        drop();
        return;
    }
    if (!m_heardBack) {
        m_heardBack = true;
        emit firstByte();
    }
    m_in += m_socket->readAll();
    if (m_stall->interval() > 0)
        m_stall->start();
    if (m_stage == Stage::Head && !parseHead())
        return; // more to come, or ended on a malformed head
    bool complete = false;
    if (m_stage == Stage::Body)
        complete = takeBody();
    else if (m_stage == Stage::Chunks)
        complete = takeChunks();
    else if (m_stage == Stage::UntilClose)
        keep(std::exchange(m_in, {}));
    if (!complete && m_busy && m_answer.bodyBytes > SendResult::MaxReadBytes) {
        end(SendResult::ErrorKind::Network,
            QStringLiteral("The answer grew past %1 MiB; reading stopped")
                .arg(SendResult::MaxReadBytes >> 20));
        return;
    }
    if (complete)
        end(SendResult::ErrorKind::None, QString());
}

bool HttpConnection::parseHead()
{
    for (;;) {
        const qsizetype endOfHead = m_in.indexOf("\r\n\r\n");
        if (endOfHead < 0 || endOfHead > MaxHeadBytes) {
            if (m_in.size() > MaxHeadBytes)
                end(SendResult::ErrorKind::Network, QStringLiteral("Answer headers too long"));
            return false;
        }
        const QList<QByteArray> lines = m_in.left(endOfHead).split('\n');
        m_in.remove(0, endOfHead + 4);
        const QByteArray status = lines.first().trimmed();
        bool numeric = false;
        m_answer.status = status.mid(9, 3).toInt(&numeric);
        if (!status.startsWith("HTTP/1.") || status.size() < 12 || !numeric
            || m_answer.status < 100) {
            end(SendResult::ErrorKind::Network, QStringLiteral("Malformed HTTP answer"));
            return false;
        }
        m_answer.reason = status.mid(13);
        m_closeAfter = status.startsWith("HTTP/1.0");
        const auto [length, chunked] = readHeaders(lines);
        if (length == BadLength) {
            end(SendResult::ErrorKind::Network, QStringLiteral("Malformed Content-Length"));
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
std::pair<qint64, bool> HttpConnection::readHeaders(const QList<QByteArray> &lines)
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

void HttpConnection::chooseBody(qint64 length, bool chunked)
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

bool HttpConnection::takeBody()
{
    const qint64 n = std::min<qint64>(m_remaining, m_in.size());
    keep(n == m_in.size() ? std::exchange(m_in, {}) : m_in.left(n));
    m_in.remove(0, n);
    m_remaining -= n;
    return m_remaining == 0;
}

// Chunk data is kept (capped) as it arrives, so a chunk that claims a huge size costs no
// memory; a size line or trailer that never ends is cut off at MaxHeadBytes.
bool HttpConnection::takeChunks()
{
    for (;;) {
        if (m_remaining == NeedTrailer) {
            if (m_in.startsWith("\r\n") || m_in.contains("\r\n\r\n"))
                return true;
            if (m_in.size() > MaxHeadBytes)
                end(SendResult::ErrorKind::Network, QStringLiteral("Chunk trailer too long"));
            return false;
        }
        if (m_remaining == NeedChunkEnd) {
            if (m_in.size() < 2)
                return false;
            if (!m_in.startsWith("\r\n")) {
                end(SendResult::ErrorKind::Network, QStringLiteral("Malformed chunked body"));
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
                    end(SendResult::ErrorKind::Network, QStringLiteral("Chunk size line too long"));
                return false;
            }
            const QByteArray line = m_in.left(endOfLine);
            bool ok = false;
            const qsizetype extension = line.indexOf(';'); // none: left(-1) would be empty
            m_remaining
                = line.left(extension < 0 ? line.size() : extension).trimmed().toLongLong(&ok, 16);
            m_in.remove(0, endOfLine + 2);
            if (!ok || m_remaining < 0) {
                end(SendResult::ErrorKind::Network, QStringLiteral("Malformed chunked body"));
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

void HttpConnection::keep(const QByteArray &bytes)
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

void HttpConnection::onError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString message = m_socket->errorString();
    if (!m_busy) { // an idle keep-alive connection closed by the server: open anew next time
        drop();
        return;
    }
    using Kind = SendResult::ErrorKind;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_stage == Stage::UntilClose)
            return end(Kind::None, QString());
        // Never re-sent here, even on a reused connection: the server may have the request.
        // The caller's retry policy decides, and counts the attempt.
        return end(Kind::ConnectionReset,
            m_heardBack ? QStringLiteral("Connection closed")
                        : QStringLiteral("Connection closed before any answer"));
    case QAbstractSocket::ConnectionRefusedError:
        return end(Kind::ConnectionRefused, QStringLiteral("Connection refused"));
    case QAbstractSocket::HostNotFoundError:
        return end(Kind::HostNotFound, QStringLiteral("Host %1 not found").arg(m_host));
    case QAbstractSocket::SocketTimeoutError:
        return end(Kind::Timeout, message);
    default:
        return end(Kind::Network, message);
    }
}

void HttpConnection::abort(SendResult::ErrorKind kind)
{
    if (!m_busy)
        return;
    drop();
    end(kind, QString());
}

void HttpConnection::end(SendResult::ErrorKind kind, const QString &message)
{
    m_busy = false;
    m_stall->stop();
    m_stage = Stage::Idle;
    m_out.clear();
    m_in.clear();
    if (kind != SendResult::ErrorKind::None || m_closeAfter)
        drop();
    emit finished(kind, message); // may post the next request on this connection at once
}

void HttpConnection::drop()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
