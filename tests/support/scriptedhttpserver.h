#pragma once

// A scripted HTTP/1.1 server and helpers for tst_httpconnection.

#include "core/net/httpconnection.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using Kind = SendResult::ErrorKind;
Q_DECLARE_METATYPE(SendResult::ErrorKind)

namespace HttpTest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What the fake server does with one request: write `pieces` one after another, `delayMs`
// apart (each its own TCP segment), then close when asked. No pieces and no close: silence.
struct Reply
{
    QList<QByteArray> pieces;
    bool close = false;
    int delayMs = 15;
};

// A scripted HTTP/1.1 server on 127.0.0.1: records every request with the index of the
// connection it came on, and answers them in order with the queued replies.
class FakeServer final : public QObject
{
public:
    FakeServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    quint16 port() const { return m_server.serverPort(); }
    void queue(const Reply &reply) { m_replies.append(reply); }
    // Closes every connection now (the FIN leaves at once), as a server ending idle ones does.
    void closeConnections()
    {
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnectFromHost();
    }

    int accepted = 0;
    QList<QByteArray> requests;
    QList<int> connectionOf;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            const int index = accepted++;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, index] {
                *buffer += socket->readAll();
                takeRequests(socket, *buffer, index);
            });
        }
    }
    void takeRequests(QTcpSocket *socket, QByteArray &buffer, int index)
    {
        for (qsizetype size = requestSize(buffer); size > 0; size = requestSize(buffer)) {
            requests.append(buffer.left(size));
            connectionOf.append(index);
            buffer.remove(0, size);
            play(socket, m_replies.isEmpty() ? Reply() : m_replies.takeFirst(), 0);
        }
    }
    static qsizetype requestSize(const QByteArray &buffer)
    {
        const qsizetype endOfHead = buffer.indexOf("\r\n\r\n");
        if (endOfHead < 0)
            return -1;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(endOfHead).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype size = endOfHead + 4 + length;
        return buffer.size() >= size ? size : -1;
    }
    void play(QPointer<QTcpSocket> socket, const Reply &reply, int next)
    {
        if (!socket)
            return;
        if (next == reply.pieces.size()) {
            if (reply.close)
                socket->disconnectFromHost();
            return;
        }
        socket->write(reply.pieces[next]);
        socket->flush();
        QTimer::singleShot(
            reply.delayMs, this, [this, socket, reply, next] { play(socket, reply, next + 1); });
    }

    QTcpServer m_server;
    QList<Reply> m_replies;
};

// How one exchange ended, as the finished() signal told it.
struct Outcome
{
    int finishes = 0;
    bool finishedInsidePost = false;
    Kind kind = Kind::None;
    QString message;
    HttpConnection::Answer answer;
};

inline QByteArray headFor(
    quint16 port, const QByteArray &path = "/v1/events", qsizetype bodySize = 0)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
}

inline void listen(HttpConnection &connection, Outcome &out)
{
    QObject::connect(&connection, &HttpConnection::finished, &connection,
        [&out, &connection](Kind kind, const QString &message) {
            ++out.finishes;
            out.kind = kind;
            out.message = message;
            if (kind == Kind::None)
                out.answer = connection.takeAnswer();
        });
}

// Posts on `connection` and waits for finished(); fails the test on a hang.
inline Outcome run(HttpConnection &connection, const QByteArray &head, const QByteArray &body = {},
    int transferTimeoutMs = 5000)
{
    Outcome out;
    listen(connection, out);
    connection.post(head, body, transferTimeoutMs);
    out.finishedInsidePost = out.finishes > 0;
    (void)QTest::qWaitFor([&out] { return out.finishes > 0; }, 10000);
    QObject::disconnect(&connection, &HttpConnection::finished, nullptr, nullptr);
    return out;
}

// Answers the client must refuse, and how each exchange should end.
inline void addMalformedAnswers()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("close");
    QTest::addColumn<Kind>("kind");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("garbage status line")
        << QList<QByteArray> {"garbage\r\n\r\n"} << false << Kind::Network;
    QTest::newRow("not HTTP") << QList<QByteArray> {"ICY 200 OK\r\nContent-Length: 0\r\n\r\n"}
                              << false << Kind::Network;
    QTest::newRow("status not a number")
        << QList<QByteArray> {"HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n"} << false
        << Kind::Network;
    QTest::newRow("bad chunk size")
        << QList<QByteArray> {ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n"}
        << false << Kind::Network;
    QTest::newRow("negative chunk size")
        << QList<QByteArray> {ok + "Transfer-Encoding: chunked\r\n\r\n-5\r\nab\r\n0\r\n\r\n"}
        << false << Kind::Network;
    QTest::newRow("chunk data without its CRLF")
        << QList<QByteArray> {ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabXY0\r\n\r\n"} << false
        << Kind::Network;
    QTest::newRow("chunk size line that never ends") << QList<QByteArray> {ok
        + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(70 * 1024, '1')}
                                                     << false << Kind::Network;
    QTest::newRow("length not a number")
        << QList<QByteArray> {ok + "Content-Length: ten\r\n\r\n0123456789"} << false
        << Kind::Network;
    QTest::newRow("negative length")
        << QList<QByteArray> {ok + "Content-Length: -4\r\n\r\nabcd"} << false << Kind::Network;
    const QByteArray longHeader = "X-Long: " + QByteArray(70 * 1024, 'a') + "\r\n";
    QTest::newRow("head over 64 KiB, unfinished")
        << QList<QByteArray> {ok + longHeader} << false << Kind::Network;
    QTest::newRow("head over 64 KiB, finished")
        << QList<QByteArray> {ok + longHeader + "Content-Length: 0\r\n\r\n"} << false
        << Kind::Network;
    QTest::newRow("closed inside the body")
        << QList<QByteArray> {ok + "Content-Length: 10\r\n\r\nabc"} << true
        << Kind::ConnectionReset;
    QTest::newRow("closed inside the chunks")
        << QList<QByteArray> {ok + "Transfer-Encoding: chunked\r\n\r\n5\r\nab"} << true
        << Kind::ConnectionReset;
    QTest::newRow("closed without a word") << QList<QByteArray> {} << true << Kind::ConnectionReset;
}

} // namespace HttpTest
