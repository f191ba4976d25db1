#pragma once

#include "core/net/httpanswerparser.h"
#include "core/net/sendresult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <utility>

class QTcpSocket;
class QTimer;

// One keep-alive HTTP/1.1 connection for POSTs to plain http:// targets: the request written in
// one go, the answer read by an HttpAnswerParser as it arrives. Qt 6.4's QNetworkAccessManager
// reads the status line and headers with one read() call per byte in a thread of its own, which
// cost the replay more CPU per event than everything else together. One exchange at a time.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Answer = HttpAnswerParser::Answer;

    HttpConnection(const QString &host, quint16 port, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    bool serves(const QString &host, quint16 port) const
    {
        return port == m_port && host == m_host;
    }
    // Sends `head` (request line and headers) and `body`, connecting first when needed.
    // finished() always follows, never before this returns.
    void post(const QByteArray &head, const QByteArray &body, int transferTimeoutMs);
    // Ends the exchange at once: finished() is emitted with `kind` before this returns.
    void abort(SendResult::ErrorKind kind);
    Answer takeAnswer() { return m_parser.takeAnswer(); }

signals:
    void connecting();
    void requestSent();
    void firstByte();
    // The exchange ended; `kind` None means a whole answer is in takeAnswer().
    void finished(SendResult::ErrorKind kind, const QString &message);

private:
    void connectSocket();
    void write();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onError();
    void end(SendResult::ErrorKind kind, const QString &message);
    void drop();

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_stall;
    QByteArray m_out; // the request
    qint64 m_unsent = 0;
    HttpAnswerParser m_parser;
    bool m_busy = false;
    bool m_reused = false; // the exchange went out on a connection that served one before
    bool m_heardBack = false;
};
