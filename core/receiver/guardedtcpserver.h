#pragma once

#include "core/receiver/connectionguard.h"
#include "core/receiver/connectionlimits.h"

#include <QTcpServer>
#include <QTimer>

#include <set>

// The receiver's listening socket: puts a ConnectionGuard on every connection before QHttpServer
// sees it, applies the guards' timeouts on a heartbeat, and stops accepting at the connection
// limit instead of spinning on a failing accept() when file descriptors run out: it closes
// idle connections to make room, and accepts again as soon as one closes.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(const ConnectionLimits &limits, ConnectionGuard::Refuse refuse,
        ConnectionGuard::Busy busy, QObject *parent = nullptr);

    void setLimits(const ConnectionLimits &limits);
    int connectionCount() const { return int(m_guards.size()); }
    int connectionLimit() const { return m_connectionLimit; }
    // The connections the open-file limit leaves room for, after raising the soft limit to the
    // hard one (as servers do); a reserve stays for the store, logs and the GUI.
    static int fileDescriptorBudget();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void heartbeat();
    void forget(ConnectionGuard *guard);
    void makeRoom();
    void onAcceptError(QAbstractSocket::SocketError error);

    ConnectionLimits m_limits;
    ConnectionGuard::Refuse m_refuse;
    ConnectionGuard::Busy m_busy;
    std::set<ConnectionGuard *> m_guards;
    int m_connectionLimit = 0;
    bool m_full = false;
    QTimer m_heartbeat;
};
