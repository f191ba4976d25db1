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
    m_parser.reset();
    m_heardBack = false;
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
    const HttpAnswerParser::State state = m_parser.feed(m_socket->readAll());
    if (m_stall->interval() > 0)
        m_stall->start();
    if (state == HttpAnswerParser::State::Failed)
        end(SendResult::ErrorKind::Network, m_parser.error());
    else if (state == HttpAnswerParser::State::Complete)
        end(SendResult::ErrorKind::None, QString());
    else if (m_parser.bodyBytes() > SendResult::MaxReadBytes)
        end(SendResult::ErrorKind::Network, SendResult::tooLargeMessage());
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
        if (m_parser.endsAtClose())
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
    m_out.clear();
    if (kind != SendResult::ErrorKind::None || m_parser.closeAfter())
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
