#include "core/net/sender.h"

#include "core/net/requestbuilder.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace {

// One HTTP request as the loopback server saw it.
struct Captured
{
    QByteArray method;
    QByteArray target; // path and query, as on the request line
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    int headerCount(const QByteArray &name) const
    {
        int count = 0;
        for (const auto &header : headers)
            count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return count;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
    QUrlQuery query() const
    {
        const int mark = target.indexOf('?');
        return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(target.mid(mark + 1)));
    }
};

QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
    const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// A canned HTTP/1.1 server on 127.0.0.1: records each request and answers what `respond`
// returns; an empty answer means "never answer" (for timeouts).
class LoopbackServer final : public QTcpServer
{
public:
    std::function<QByteArray(const Captured &)> respond;
    std::function<void(QTcpSocket *)> onConnection; // replaces request parsing when set
    QList<Captured> requests;

    LoopbackServer() { QVERIFY(listen(QHostAddress::LocalHost, 0)); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        if (onConnection) {
            onConnection(socket);
            return;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            parse(socket, *buffer);
        });
    }

private:
    void parse(QTcpSocket *socket, QByteArray &buffer)
    {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Captured request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            request.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const int length = request.header("Content-Length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        requests.append(request);
        const QByteArray answer = respond ? respond(request) : QByteArray();
        if (!answer.isEmpty()) {
            socket->write(answer);
            socket->disconnectFromHost();
        }
    }
};

const QByteArray kOkEnvelope
    = R"({"_metadata":{"requestId":"req-123","timestamp":"2024-02-03T10:30:00Z","usage":{},)"
      R"("message":"Event received"},"received":true,"connection":{"providerName":"generic",)"
      R"("shouldProcess":true,"connectionMethod":"api"},"additionalData":{}})";
const QString kKey = QStringLiteral("sk_test+K3y&=/é");

} // namespace

Q_DECLARE_METATYPE(TargetConfig::AuthMode)
Q_DECLARE_METATYPE(SendResult::ErrorKind)

// Sender against a loopback server: auth modes, envelopes, redirects, limits and failures.
class TestSender final : public QObject
{
    Q_OBJECT

private:
    SendRequest request(const LoopbackServer &server, TargetConfig::AuthMode mode) const
    {
        SendRequest out;
        out.target = TargetConfig::localReceiver();
        out.target.authMode = mode;
        out.target.transferTimeoutMs = 10000;
        out.target.deadlineMs = 20000;
        out.family = QStringLiteral("emails");
        out.body = "{ \"z\": 1,\n  \"a\": \"\xc3\xa9\", \"n\": 1.0 }";
        out.apiKey = kKey;
        out.receiverPort = server.serverPort();
        return out;
    }

    // 200 when exactly one of header and query carries the right key, else a 400 naming why.
    static QByteArray checkAuth(const Captured &captured)
    {
        const bool inHeader = captured.headerCount("api_key") > 0;
        const bool inQuery = captured.query().hasQueryItem(QStringLiteral("api_key"));
        if (inHeader == inQuery)
            return response(400, "Bad Request", R"({"message":"need exactly one key"})");
        const QString key = inHeader
            ? QString::fromUtf8(captured.header("api_key"))
            : captured.query().queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
        if (key != kKey)
            return response(401, "Unauthorized", R"({"message":"wrong key"})");
        return response(200, "OK", kOkEnvelope);
    }

private slots:
    void presets_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        const QString path = QStringLiteral("/api/v2/analytics/webhook/receive/generic/");
        QTest::newRow("current") << 0 << QStringLiteral("Octave (current)")
                                 << QStringLiteral("https://app.octavehq.com") + path
                + QStringLiteral("social");
        QTest::newRow("older") << 1 << QStringLiteral("Octave (older path)")
                               << QStringLiteral("https://app.octavehq.com") + path
                + QStringLiteral("generic/social");
        QTest::newRow("local") << 2 << QStringLiteral("Local receiver")
                               << QStringLiteral("http://127.0.0.1:8080") + path
                + QStringLiteral("social");
    }

    void presets()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, url);
        const TargetConfig target = TargetConfig::presets().at(index);
        QCOMPARE(target.name, name);
        QCOMPARE(target.envVar, QStringLiteral("EVENTSMITH_API_KEY"));
        const Result<QUrl> expanded = target.expandUrl(QStringLiteral("social"), 8080);
        QVERIFY(expanded.ok());
        QCOMPARE(expanded.value().toString(), url);
        const Result<TargetConfig> back = TargetConfig::fromJson(target.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), target.toJson());
    }

    void badTargets_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("code");
        QTest::newRow("no placeholder") << "http://h/x"
                                        << "emails"
                                        << "target-url-missing-event-type";
        QTest::newRow("no port") << TargetConfig::localReceiver().urlTemplate << "emails"
                                 << "target-needs-receiver-port";
        QTest::newRow("path in family") << "http://h/{eventType}"
                                        << "../x"
                                        << "target-bad-family";
        QTest::newRow("empty family") << "http://h/{eventType}"
                                      << ""
                                      << "target-bad-family";
        QTest::newRow("ftp") << "ftp://h/{eventType}"
                             << "emails"
                             << "target-bad-url";
    }

    void badTargets()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, family);
        QFETCH(QString, code);
        TargetConfig target;
        target.urlTemplate = urlTemplate;
        const Result<QUrl> expanded = target.expandUrl(family);
        QVERIFY(!expanded.ok());
        QCOMPARE(expanded.error().code, code);
    }

    void authModes_data()
    {
        QTest::addColumn<TargetConfig::AuthMode>("mode");
        QTest::newRow("header") << TargetConfig::AuthMode::Header;
        QTest::newRow("query") << TargetConfig::AuthMode::Query;
    }

    void authModes()
    {
        QFETCH(TargetConfig::AuthMode, mode);
        LoopbackServer server;
        server.respond = checkAuth;
        Sender sender;
        const SendRequest sent = request(server, mode);
        const SendResult result = sender.sendAndWait(sent);

        QCOMPARE(result.errorKind, SendResult::ErrorKind::None);
        QCOMPARE(result.status, 200);
        QVERIFY(result.ok());
        QCOMPARE(server.requests.size(), 1);
        const Captured &seen = server.requests.first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QVERIFY(seen.target.startsWith("/api/v2/analytics/webhook/receive/generic/emails"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.body, sent.body);
        QCOMPARE(result.requestBody, sent.body);

        // The record never holds the key.
        QVERIFY(!result.url.contains(kKey));
        QVERIFY(!result.url.contains(QString::fromLatin1(QUrl::toPercentEncoding(kKey))));
        for (const auto &header : result.requestHeaders)
            QVERIFY(!header.second.contains(kKey.toUtf8()));
        if (mode == TargetConfig::AuthMode::Query) {
            QVERIFY(result.url.endsWith(QStringLiteral("?api_key=***")));
        } else {
            QVERIFY(!result.url.contains(QStringLiteral("api_key")));
            QVERIFY(result.requestHeaders.contains(
                qMakePair(QByteArray("api_key"), QByteArray("***"))));
        }

        QVERIFY(result.envelope.has_value());
        QCOMPARE(result.envelope->requestId, QStringLiteral("req-123"));
        QCOMPARE(result.envelope->received, std::optional<bool>(true));
        QCOMPARE(result.envelope->shouldProcess, std::optional<bool>(true));
        QCOMPARE(result.envelope->message, QStringLiteral("Event received"));
        QVERIFY(result.firstByteMs >= 0);
        QVERIFY(result.totalMs >= result.firstByteMs);
        QVERIFY(result.connectStartMs >= 0);
    }

    void extraHeadersCannotAddASecondKey()
    {
        LoopbackServer server;
        server.respond = checkAuth;
        Sender sender;
        SendRequest sent = request(server, TargetConfig::AuthMode::Query);
        sent.target.extraHeaders = {{"api_key", "other"}, {"X-Trace", "t1"}};
        sent.target.urlTemplate += QStringLiteral("?api_key=stale&keep=1");
        const SendResult result = sender.sendAndWait(sent);
        QCOMPARE(result.status, 200);
        const Captured &seen = server.requests.first();
        QCOMPARE(seen.header("X-Trace"), QByteArray("t1"));
        QCOMPARE(seen.query().allQueryItemValues(QStringLiteral("api_key")).size(), 1);
        QCOMPARE(seen.query().queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
    }

    // Both ways of sending name the app; a target's own User-Agent header wins.
    void requestsNameTheApp()
    {
        LoopbackServer server;
        server.respond = checkAuth;
        for (const bool direct : {true, false}) {
            Sender sender;
            sender.setDirectHttp(direct);
            QCOMPARE(
                sender.sendAndWait(request(server, TargetConfig::AuthMode::Header)).status, 200);
            const QByteArray agent = server.requests.last().header("User-Agent");
            QCOMPARE(agent, RequestBuilder::userAgent());
            QVERIFY2(QRegularExpression(QStringLiteral("^Eventsmith/\\d+\\.\\d+"))
                         .match(QString::fromLatin1(agent))
                         .hasMatch(),
                agent.constData());
            QCOMPARE(server.requests.last().headerCount("user-agent"), 1);
        }
        Sender sender;
        SendRequest own = request(server, TargetConfig::AuthMode::Header);
        own.target.extraHeaders = {{"user-agent", "n8n/1.0"}};
        QCOMPARE(sender.sendAndWait(own).status, 200);
        QCOMPARE(server.requests.last().header("User-Agent"), QByteArray("n8n/1.0"));
    }

    void errorEnvelopeIsParsed()
    {
        LoopbackServer server;
        server.respond = [](const Captured &) {
            return response(401, "Unauthorized",
                R"({"_metadata":{"requestId":"req-401"},"message":"Invalid API key"})");
        };
        Sender sender;
        const SendResult result
            = sender.sendAndWait(request(server, TargetConfig::AuthMode::Header));
        QCOMPARE(result.errorKind, SendResult::ErrorKind::None);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.reason, QStringLiteral("Unauthorized"));
        QVERIFY(!result.ok());
        QVERIFY(result.envelope.has_value());
        QCOMPARE(result.envelope->message, QStringLiteral("Invalid API key"));
        QCOMPARE(result.envelope->requestId, QStringLiteral("req-401"));
        QVERIFY(!result.envelope->received.has_value());
    }

    void redirectIsRecordedNotFollowed()
    {
        LoopbackServer server;
        server.respond = [&server](const Captured &) {
            return response(
                302, "Found", "{}", "Location: " + server.base().toUtf8() + "/elsewhere\r\n");
        };
        Sender sender;
        const SendResult result
            = sender.sendAndWait(request(server, TargetConfig::AuthMode::Header));
        QCOMPARE(result.status, 302);
        QCOMPARE(result.errorKind, SendResult::ErrorKind::None);
        QVERIFY(result.responseHeader("Location").endsWith("/elsewhere"));
        QTest::qWait(50); // give a followed redirect the chance to show up
        QCOMPARE(server.requests.size(), 1);
    }

    void silentServer_data()
    {
        QTest::addColumn<int>("transferTimeoutMs");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<SendResult::ErrorKind>("kind");
        QTest::newRow("transfer timeout") << 200 << 20000 << SendResult::ErrorKind::Timeout;
        QTest::newRow("total deadline") << 20000 << 200 << SendResult::ErrorKind::Deadline;
    }

    void silentServer()
    {
        QFETCH(int, transferTimeoutMs);
        QFETCH(int, deadlineMs);
        QFETCH(SendResult::ErrorKind, kind);
        LoopbackServer server; // records the request, never answers
        Sender sender;
        SendRequest sent = request(server, TargetConfig::AuthMode::Query);
        sent.target.transferTimeoutMs = transferTimeoutMs;
        sent.target.deadlineMs = deadlineMs;
        const SendResult result = sender.sendAndWait(sent);
        QCOMPARE(result.errorKind, kind);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.errorMessage.isEmpty());
        QVERIFY(!result.errorMessage.contains(kKey));
        QCOMPARE(sender.inFlight(), 0);
    }

    void deadlineStopsATrickle()
    {
        // Bytes keep coming, so only the total deadline can end this exchange.
        LoopbackServer server;
        server.onConnection = [](QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            drip->start(20);
        };
        Sender sender;
        SendRequest sent = request(server, TargetConfig::AuthMode::Header);
        sent.target.transferTimeoutMs = 2000;
        sent.target.deadlineMs = 400;
        const SendResult result = sender.sendAndWait(sent);
        QCOMPARE(result.errorKind, SendResult::ErrorKind::Deadline);
        QCOMPARE(result.status, 200);
        QVERIFY(result.responseBytes > 0);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        SendRequest sent;
        sent.target = TargetConfig::localReceiver();
        sent.family = QStringLiteral("calls");
        sent.body = "{}";
        sent.apiKey = kKey;
        sent.receiverPort = port;
        Sender sender;
        const SendResult result = sender.sendAndWait(sent);
        QCOMPARE(result.errorKind, SendResult::ErrorKind::ConnectionRefused);
        QVERIFY(result.url.contains(QStringLiteral("/generic/calls")));
    }

    void largeBodyIsTruncated()
    {
        const QByteArray big(SendResult::MaxBodyBytes + 300000, 'b');
        LoopbackServer server;
        server.respond = [&big](const Captured &) { return response(200, "OK", big); };
        Sender sender;
        const SendResult result
            = sender.sendAndWait(request(server, TargetConfig::AuthMode::Header));
        QCOMPARE(result.status, 200);
        QVERIFY(result.bodyTruncated);
        QCOMPARE(result.responseBody.size(), SendResult::MaxBodyBytes);
        QCOMPARE(result.responseBytes, qint64(big.size()));
        QVERIFY(!result.envelope.has_value());
    }

    void keyEchoedByServerIsMasked()
    {
        LoopbackServer server;
        server.respond = [](const Captured &captured) {
            const QByteArray key = captured.header("api_key");
            return response(400, "Bad Request", "{\"message\":\"bad key " + key + "\"}",
                "X-Echo: " + key + "\r\n");
        };
        Sender sender;
        const SendResult result
            = sender.sendAndWait(request(server, TargetConfig::AuthMode::Header));
        QCOMPARE(result.status, 400);
        QVERIFY(!result.responseBody.contains(kKey.toUtf8()));
        QCOMPARE(result.envelope.has_value(), false); // no _metadata nor received
        QCOMPARE(result.responseHeader("X-Echo"), QByteArray("***"));
    }

    void invalidTargetFailsWithoutSending()
    {
        Sender sender;
        SendRequest sent;
        sent.target.name = QStringLiteral("broken");
        sent.target.urlTemplate = QStringLiteral("http://127.0.0.1:1/no-placeholder");
        sent.family = QStringLiteral("emails");
        QSignalSpy spy(&sender, &Sender::finished);
        const quint64 id = sender.send(sent);
        QCOMPARE(spy.count(), 0); // never before send() returns
        QVERIFY(spy.wait(2000));
        const SendResult result = spy.first().first().value<SendResult>();
        QCOMPARE(result.id, id);
        QCOMPARE(result.errorKind, SendResult::ErrorKind::InvalidRequest);
    }

    void cancelStopsAnExchange()
    {
        LoopbackServer server;
        Sender sender;
        QSignalSpy spy(&sender, &Sender::finished);
        const quint64 id = sender.send(request(server, TargetConfig::AuthMode::Header));
        QTRY_COMPARE(server.requests.size(), 1);
        sender.cancel(id);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(
            spy.first().first().value<SendResult>().errorKind, SendResult::ErrorKind::Cancelled);
    }

    void tlsErrorsAreReported()
    {
        LoopbackServer server; // speaks plain HTTP to a TLS client
        server.onConnection = [](QTcpSocket *socket) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(response(200, "OK", "{}"));
            });
        };
        SendRequest sent = request(server, TargetConfig::AuthMode::Header);
        sent.target.urlTemplate.replace(QStringLiteral("http:"), QStringLiteral("https:"));
        Sender sender;
        const SendResult result = sender.sendAndWait(sent);
        QCOMPARE(result.errorKind, SendResult::ErrorKind::Tls);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.errorMessage.isEmpty());
    }

    void sendersInThreads()
    {
        LoopbackServer server;
        server.respond = checkAuth;
        QThread thread;
        auto *remote = new Sender;
        remote->moveToThread(&thread);
        connect(&thread, &QThread::finished, remote, &QObject::deleteLater);
        thread.start();
        Sender local;
        QList<SendResult> remoteResults; // filled through a queued connection
        connect(remote, &Sender::finished, this,
            [&remoteResults](const SendResult &result) { remoteResults.append(result); });
        QSignalSpy localSpy(&local, &Sender::finished);
        const SendRequest sent = request(server, TargetConfig::AuthMode::Header);
        const quint64 remoteId = Sender::allocateId();
        QMetaObject::invokeMethod(
            remote, [remote, remoteId, sent] { remote->start(remoteId, sent); });
        const quint64 localId = local.send(sent);
        QVERIFY(remoteId != localId);
        QTRY_COMPARE(remoteResults.size(), 1);
        QTRY_COMPARE(localSpy.count(), 1);
        QCOMPARE(remoteResults.first().status, 200);
        QCOMPARE(remoteResults.first().id, remoteId);
        QCOMPARE(localSpy.first().first().value<SendResult>().status, 200);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestSender)
#include "tst_sender.moc"
