#include "core/receiver/connectionguard.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

// How long a refused connection may stay open for its answer to be read before it is aborted.
constexpr qint64 LingerMs = 5000;

} // namespace

ConnectionGuard::ConnectionGuard(
    QTcpSocket *socket, const ConnectionLimits &limits, Refuse refuse, Busy busy)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_refuse(std::move(refuse))
    , m_busy(std::move(busy))
{
    m_clock.start();
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this]() { m_lastActivity = now(); });
}

void ConnectionGuard::onReadyRead()
{
    m_lastActivity = now();
    if (m_refusedAt >= 0) {
        m_socket->readAll(); // swallowed: QHttpServer, whose slot runs next, finds nothing
        return;
    }
    const int startedBefore = m_framer.requestsStarted();
    m_framer.feed(m_socket->peek(m_socket->bytesAvailable()));
    if (m_framer.requestsStarted() != startedBefore)
        m_requestStart = m_lastActivity;
    // Only a body still to come is refused here: one that is all in already is QHttpServer's
    // to read, and the receiver answers it 413 as any other request.
    if (m_framer.phase() != RequestFramer::Phase::Body)
        return;
    const qint64 size = std::max(m_framer.head().contentLength, m_framer.bodyBytes());
    if (size > m_limits.bodyLimit)
        refuse(413);
}

void ConnectionGuard::check()
{
    const qint64 t = now();
    if (m_refusedAt >= 0) {
        if (t - m_refusedAt > LingerMs && !m_busy(m_socket))
            m_socket->abort();
        return;
    }
    switch (m_framer.phase()) {
    case RequestFramer::Phase::Head: // slowloris-proof: the whole section, however it trickles
        if (t - m_requestStart > m_limits.requestTimeoutMs)
            refuse(408);
        return;
    case RequestFramer::Phase::Body:
        if (t - m_lastActivity > m_limits.requestTimeoutMs)
            refuse(408);
        return;
    case RequestFramer::Phase::Idle:
    case RequestFramer::Phase::Untracked:
        if (isIdle(m_limits.idleTimeoutMs))
            close();
        return;
    }
}

bool ConnectionGuard::isIdle(qint64 quietMs) const
{
    const bool between = m_framer.phase() == RequestFramer::Phase::Idle
        || m_framer.phase() == RequestFramer::Phase::Untracked;
    return between && m_refusedAt < 0 && now() - m_lastActivity > quietMs && !m_busy(m_socket);
}

void ConnectionGuard::close()
{
    m_socket->disconnectFromHost();
}

void ConnectionGuard::refuse(int status)
{
    m_refusedAt = now();
    const RequestFramer::Head head
        = m_framer.phase() == RequestFramer::Phase::Body ? m_framer.head() : RequestFramer::Head();
    const qint64 bodyBytes = m_framer.bodyBytes();
    // After QHttpServer has read the bytes at hand: requests pipelined ahead of this one are
    // handed to the receiver first, and so answered first.
    QTimer::singleShot(0, this,
        [this, head, bodyBytes, status]() { m_refuse(m_socket, head, bodyBytes, status); });
}
