#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const QByteArray emailsPath = "/api/v2/analytics/webhook/receive/generic/emails";

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(EVENTSMITH_TEST_DATA "/receiver/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray post(const QByteArray &body, const QByteArray &path = emailsPath)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A client that writes raw bytes, as a hostile or a broken one would.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            qWarning("could not connect");
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Waits until `count` answers came or the server closed the connection.
    QByteArray answers(int count, int timeoutMs = 10000)
    {
        (void)QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_received.count("HTTP/1.1 ") >= count
                    || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return m_received;
    }
    bool waitClosed(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void close() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

// The receiver's connections against clients that send too much, too slowly, or too many at
// once: each is refused or closed without buffering what it did not need.
class TestReceiverConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodyOverLimitIsRefusedFromItsLength();
    void chunkedBodyOverLimitIsRefusedAsItComes();
    void requestsAheadOfARefusalAreAnsweredFirst();
    void bodyOverLimitReadWholeKeepsTheConnection();
    void halfSentHeadTimesOut();
    void tricklingHeadTimesOutToo();
    void halfSentBodyTimesOut();
    void idleConnectionIsClosed();
    void connectionOwedAnAnswerIsNotIdle();
    void atTheConnectionLimitNewClientsWait();
    void idleConnectionsMakeRoomAtTheLimit();

private:
    std::unique_ptr<Receiver> start(const ReceiverSettings &settings = {});
    ReceivedRequest timedOut(const QByteArray &bytes);
    std::optional<SchemaSet> m_schemas;
};

void TestReceiverConnections::initTestCase()
{
    Result<SchemaSet> schemas = SchemaSet::loadBuiltIn();
    QVERIFY2(schemas.ok(), qPrintable(schemas.error().message));
    m_schemas = schemas.takeValue();
}

// Writes `bytes` and no more: the answer must be a 408 and the connection closed; returns the
// request as recorded.
ReceivedRequest TestReceiverConnections::timedOut(const QByteArray &bytes)
{
    ReceiverSettings settings;
    settings.requestTimeoutMs = 300;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write(bytes);
    const QByteArray answer = client.answers(1);
    if (!answer.startsWith("HTTP/1.1 408 ") || !client.waitClosed() || receiver->inbox().isEmpty())
        qWarning("no 408 and close: %s", answer.constData());
    return receiver->inbox().value(0);
}

std::unique_ptr<Receiver> TestReceiverConnections::start(const ReceiverSettings &settings)
{
    auto receiver = std::make_unique<Receiver>(*m_schemas, settings);
    if (!receiver->start().ok())
        qFatal("receiver did not start");
    return receiver;
}

// A gigabyte declared: the 413 comes after the head, not after the gigabyte, and the receiver
// closes the connection instead of reading on.
void TestReceiverConnections::bodyOverLimitIsRefusedFromItsLength()
{
    auto receiver = start();
    RawClient client(receiver->port());
    client.write("POST " + emailsPath
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1073741824\r\n\r\n"
        + QByteArray(256 * 1024, 'x'));
    const QByteArray answer = client.answers(1);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(answer.contains("over the limit of 10485760 bytes"));
    QVERIFY(client.waitClosed());
    QCOMPARE(receiver->inbox().size(), 1);
    const ReceivedRequest record = receiver->inbox().first();
    QCOMPARE(record.status, 413);
    QCOMPARE(record.bodySize, qint64(1) << 30);
    QCOMPARE(record.family, QStringLiteral("emails"));
    QVERIFY(record.body.isEmpty());
    QCOMPARE(receiver->stats().total().rejected, 1);
}

void TestReceiverConnections::chunkedBodyOverLimitIsRefusedAsItComes()
{
    ReceiverSettings settings;
    settings.bodyLimit = 1000;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write(
        "POST " + emailsPath + " HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 4; ++i)
        client.write("200\r\n" + QByteArray(512, 'y') + "\r\n"); // never the last chunk
    const QByteArray answer = client.answers(1);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QVERIFY(client.waitClosed());
    QVERIFY(receiver->inbox().first().bodySize > 1000);
}

// Pipelined: the request written ahead of the refused one is still answered, and first.
void TestReceiverConnections::requestsAheadOfARefusalAreAnsweredFirst()
{
    auto receiver = start();
    RawClient client(receiver->port());
    client.write(post(readData(QStringLiteral("emails.json"))) + "POST " + emailsPath
        + " HTTP/1.1\r\nContent-Length: 999999999\r\n\r\nabc");
    const QByteArray answers = client.answers(2);
    const qsizetype ok = answers.indexOf("HTTP/1.1 200");
    const qsizetype refused = answers.indexOf("HTTP/1.1 413");
    QVERIFY2(ok >= 0 && refused > ok, answers.constData());
    QVERIFY(client.waitClosed());
    QCOMPARE(receiver->stats().total().accepted, 1);
}

// A small body over a small limit arrives whole: it is answered 413 once, as before, and the
// connection stays usable.
void TestReceiverConnections::bodyOverLimitReadWholeKeepsTheConnection()
{
    ReceiverSettings settings;
    settings.bodyLimit = 10;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write(post(QByteArray(20, 'z')));
    QVERIFY(client.answers(1).startsWith("HTTP/1.1 413"));
    client.write("GET /nowhere HTTP/1.1\r\nHost: h\r\n\r\n");
    const QByteArray answers = client.answers(2);
    QCOMPARE(answers.count("HTTP/1.1 413"), 1);
    QVERIFY2(answers.contains("HTTP/1.1 404"), answers.constData());
    QVERIFY(client.isOpen());
}

void TestReceiverConnections::halfSentHeadTimesOut()
{
    const ReceivedRequest record = timedOut("POST " + emailsPath + " HTTP/1.1\r\nHost: h\r\n");
    QCOMPARE(record.status, 408);
}

// Slowloris: a byte now and then keeps a header section open no longer than the timeout.
void TestReceiverConnections::tricklingHeadTimesOutToo()
{
    ReceiverSettings settings;
    settings.requestTimeoutMs = 400;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write("POST " + emailsPath + " HTTP/1.1\r\n");
    for (int i = 0; i < 60 && client.isOpen(); ++i) {
        client.write("X");
        QTest::qWait(50);
    }
    QVERIFY2(client.answers(1).startsWith("HTTP/1.1 408 "), "still open after 3 s of trickling");
}

void TestReceiverConnections::halfSentBodyTimesOut()
{
    const ReceivedRequest record
        = timedOut("POST " + emailsPath + " HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123456789");
    QCOMPARE(record.family, QStringLiteral("emails"));
}

void TestReceiverConnections::idleConnectionIsClosed()
{
    ReceiverSettings settings;
    settings.idleTimeoutMs = 300;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write(post(readData(QStringLiteral("emails.json"))));
    QVERIFY(client.answers(1).startsWith("HTTP/1.1 200"));
    QVERIFY(client.waitClosed());
    QCOMPARE(receiver->inbox().size(), 1); // closing an idle connection records nothing
}

// Waiting for an injected latency longer than the idle timeout is not being idle.
void TestReceiverConnections::connectionOwedAnAnswerIsNotIdle()
{
    ReceiverSettings settings;
    settings.idleTimeoutMs = 100;
    settings.faults.latencyMinMs = 800;
    settings.faults.latencyMaxMs = 800;
    auto receiver = start(settings);
    RawClient client(receiver->port());
    client.write(post(readData(QStringLiteral("emails.json"))));
    const QByteArray answer = client.answers(1);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
}

// At the limit the receiver stops accepting (no busy loop on a failing accept): a new client
// waits in the backlog until a connection closes, then is served.
void TestReceiverConnections::atTheConnectionLimitNewClientsWait()
{
    ReceiverSettings settings;
    settings.maxConnections = 3;
    auto receiver = start(settings);
    std::vector<std::unique_ptr<RawClient>> holders;
    for (int i = 0; i < 3; ++i) {
        holders.push_back(std::make_unique<RawClient>(receiver->port()));
        holders.back()->write("POST " + emailsPath + " HTTP/1.1\r\n"); // busy, not idle
    }
    QTest::qWait(100);
    RawClient late(receiver->port()); // the kernel completes the handshake; nobody reads
    late.write(post(readData(QStringLiteral("emails.json"))));
    QTest::qWait(500);
    QCOMPARE(receiver->inbox().size(), 0);
    holders.front()->close();
    QVERIFY(late.answers(1).startsWith("HTTP/1.1 200"));
}

void TestReceiverConnections::idleConnectionsMakeRoomAtTheLimit()
{
    ReceiverSettings settings;
    settings.maxConnections = 3;
    auto receiver = start(settings);
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 3; ++i)
        idle.push_back(std::make_unique<RawClient>(receiver->port()));
    RawClient late(receiver->port());
    late.write(post(readData(QStringLiteral("emails.json"))));
    QVERIFY(late.answers(1).startsWith("HTTP/1.1 200"));
    QVERIFY(idle.front()->waitClosed());
}

QTEST_GUILESS_MAIN(TestReceiverConnections)
#include "tst_receiverconnections.moc"
