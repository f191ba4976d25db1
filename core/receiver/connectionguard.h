#pragma once

#include "core/receiver/connectionlimits.h"
#include "core/receiver/requestframer.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTcpSocket;

// Watches one connection of the receiver ahead of QHttpServer (its readyRead slot runs first):
// frames the requests as they pass and, from the next bytes on, swallows what QHttpServer must
// not buffer: a body over the limit, refused from its Content-Length (or its chunks so far), and
// a request not sent in time. It never answers itself: the refusal is handed to the receiver,
// which answers in the connection's order and then closes it.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // status 413 (body too large) or 408 (request not sent in time); head may be empty (408).
    using Refuse = std::function<void(
        QTcpSocket *socket, const RequestFramer::Head &head, qint64 bodyBytes, int status)>;
    // Whether the receiver still owes this connection an answer (injected latency, the store).
    using Busy = std::function<bool(const QObject *connection)>;

    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, Refuse refuse, Busy busy);

    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }
    // Applies the timeouts: closes an idle connection, refuses a late request (408), and
    // aborts a refused one whose client keeps it open.
    void check();
    // No request in progress, none refused, no answer owed, and quiet for `quietMs`.
    bool isIdle(qint64 quietMs) const;
    void close();

private:
    void onReadyRead();
    void refuse(int status);
    qint64 now() const { return m_clock.elapsed(); }

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    Refuse m_refuse;
    Busy m_busy;
    RequestFramer m_framer;
    QElapsedTimer m_clock;
    qint64 m_lastActivity = 0;
    qint64 m_requestStart = 0;
    qint64 m_refusedAt = -1; // -1: not refused
};
