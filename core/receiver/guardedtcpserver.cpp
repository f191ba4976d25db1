#include "core/receiver/guardedtcpserver.h"

#include <QTcpSocket>

#include <algorithm>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

constexpr int ReservedDescriptors = 64; // the store, its journal, logs, the GUI's own
constexpr int FewestConnections = 16;
constexpr qint64 IdleBeforeEvictionMs = 1000; // at the limit, connections this quiet make room
constexpr int RetryAcceptMs = 250; // after accept() itself failed (a limit not ours)

} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, ConnectionGuard::Refuse refuse,
    ConnectionGuard::Busy busy, QObject *parent)
    : QTcpServer(parent)
    , m_refuse(std::move(refuse))
    , m_busy(std::move(busy))
{
    setLimits(limits);
    connect(&m_heartbeat, &QTimer::timeout, this, &GuardedTcpServer::heartbeat);
    connect(this, &QTcpServer::acceptError, this, &GuardedTcpServer::onAcceptError);
}

void GuardedTcpServer::setLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
    m_connectionLimit = limits.maxConnections > 0 ? limits.maxConnections : fileDescriptorBudget();
    for (ConnectionGuard *guard : m_guards)
        guard->setLimits(limits);
    // A quarter of the shortest timeout, so a timeout is applied at most 25% late.
    const int shortest = std::max(1, std::min(limits.idleTimeoutMs, limits.requestTimeoutMs));
    m_heartbeat.start(std::clamp(shortest / 4, 10, 1000));
}

int GuardedTcpServer::fileDescriptorBudget()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        if (limit.rlim_cur < limit.rlim_max) {
            rlimit raised = limit;
            raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, 1 << 20);
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        const rlim_t room = limit.rlim_cur > rlim_t(ReservedDescriptors + FewestConnections)
            ? limit.rlim_cur - ReservedDescriptors
            : rlim_t(FewestConnections);
        return int(std::min<rlim_t>(room, 1 << 20));
    }
#endif
    return 1000;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Made before QHttpServer hears of the socket, so the guard's readyRead slot runs first.
    auto *guard = new ConnectionGuard(socket, m_limits, m_refuse, m_busy);
    m_guards.insert(guard);
    connect(guard, &QObject::destroyed, this, [this, guard]() { forget(guard); });
    addPendingConnection(socket);
    if (connectionCount() >= m_connectionLimit) {
        m_full = true;
        pauseAccepting(); // new clients wait in the kernel's backlog
        makeRoom();
    }
}

void GuardedTcpServer::forget(ConnectionGuard *guard)
{
    m_guards.erase(guard);
    if (m_full && connectionCount() < m_connectionLimit) {
        m_full = false;
        resumeAccepting();
    }
}

void GuardedTcpServer::heartbeat()
{
    const std::vector<ConnectionGuard *> guards(m_guards.begin(), m_guards.end());
    for (ConnectionGuard *guard : guards)
        if (m_guards.count(guard)) // a check may close another connection's socket
            guard->check();
    if (m_full)
        makeRoom();
}

// Keep-alive connections with nothing to do are closed: their clients open a new one when
// they have a request, which waiting clients cannot do while they are shut out.
void GuardedTcpServer::makeRoom()
{
    const std::vector<ConnectionGuard *> guards(m_guards.begin(), m_guards.end());
    for (ConnectionGuard *guard : guards)
        if (m_guards.count(guard) && guard->isIdle(IdleBeforeEvictionMs))
            guard->close();
}

void GuardedTcpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SocketResourceError)
        return;
    pauseAccepting();
    makeRoom();
    QTimer::singleShot(RetryAcceptMs, this, [this]() {
        if (!m_full)
            resumeAccepting();
    });
}
