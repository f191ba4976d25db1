#include "core/net/requestbuilder.h"
#include "tests/support/scriptedhttpserver.h"

using namespace HttpTest;

// Drives HttpConnection against a scripted loopback server: bytes on the wire both ways.
class TestHttpConnection final : public QObject
{
    Q_OBJECT

private slots:
    void requestBytes_data();
    void requestBytes();
    void answers_data();
    void answers();
    void headersKeptAsSent();
    void bodyOverLimitTruncated();
    void keepAliveReusesOneConnection();
    void connectionCloseOpensNewConnection();
    void idleConnectionTheServerClosedIsNotReused();
    void closedAfterTheRequestIsReportedNotResent();
    void endlessAnswerIsCutOff();
    void malformed_data();
    void malformed();
    void connectionRefused();
    void transferTimeout_data();
    void transferTimeout();
    void deadlineAbort();
    void cancelInFlight();
};

void TestHttpConnection::requestBytes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedHead"); // {port} stands for the server's port

    const QByteArray json = R"({"type":"email","id":"e-1"})";
    QTest::newRow("root, no query") << "" << Headers() << json
                                    << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                                                  "Content-Length: 27\r\n\r\n");
    QTest::newRow("path and query")
        << "/v1/events?api_key=k%201&x=2" << Headers() << json
        << QByteArray("POST /v1/events?api_key=k%201&x=2 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                      "Content-Length: 27\r\n\r\n");
    QTest::newRow("extra headers, empty body")
        << "/in" << Headers {{"Content-Type", "application/json"}, {"X-Api-Key", "secret"}}
        << QByteArray()
        << QByteArray("POST /in HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                      "Content-Type: application/json\r\nX-Api-Key: secret\r\n"
                      "Content-Length: 0\r\n\r\n");
    QTest::newRow("binary body with CRLFs")
        << "/b" << Headers() << QByteArray("a\r\n\r\n\0b", 7)
        << QByteArray("POST /b HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 7\r\n\r\n");
}

void TestHttpConnection::requestBytes()
{
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedHead);
    FakeServer server;
    server.queue({{"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"}});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, RequestBuilder::head(url, headers, body.size()), body);
    QCOMPARE(out.kind, Kind::None);
    QCOMPARE(out.answer.status, 202);
    QCOMPARE(server.requests.size(), 1);
    const QByteArray expected = expectedHead.replace("{port}", QByteArray::number(server.port()));
    QCOMPARE(server.requests.first(), expected + body);
}

void TestHttpConnection::answers_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("close");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("length 0") << QList<QByteArray> {ok + "Content-Length: 0\r\n\r\n"} << false
                              << 200 << QByteArray("OK") << QByteArray();
    QTest::newRow("length, one segment")
        << QList<QByteArray> {ok + "Content-Length: 5\r\n\r\nhello"} << false << 200
        << QByteArray("OK") << QByteArray("hello");
    QTest::newRow("body in many segments")
        << QList<QByteArray> {ok + "Content-Length: 10\r\n\r\n", "01", "2", "345", "6789"} << false
        << 200 << QByteArray("OK") << QByteArray("0123456789");
    QTest::newRow("head split mid-line and inside the blank line")
        << QList<QByteArray> {"HTTP/1.1 4", "22 Unprocessable", " Entity\r\nConte", "nt-Len",
               "gth: 3\r", "\n\r", "\n", "abc"}
        << false << 422 << QByteArray("Unprocessable Entity") << QByteArray("abc");
    QTest::newRow("no reason phrase")
        << QList<QByteArray> {"HTTP/1.1 201\r\nContent-Length: 1\r\n\r\nx"} << false << 201
        << QByteArray() << QByteArray("x");
    QTest::newRow("chunked, several chunks")
        << QList<QByteArray> {ok
               + "Transfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\n\r\n"}
        << false << 200 << QByteArray("OK") << QByteArray("hello 0123456789");
    QTest::newRow("chunked, extensions and trailers") << QList<QByteArray> {ok
        + "transfer-encoding: Chunked\r\n\r\n"
          "3;name=value\r\nabc\r\n2 ; x\r\nde\r\n0;last\r\n"
          "X-Trailer: 1\r\nY: 2\r\n\r\n"} << false << 200
                                                      << QByteArray("OK") << QByteArray("abcde");
    QTest::newRow("chunked, split everywhere")
        << QList<QByteArray> {ok + "Transfer-Encoding: chunked\r\n\r\n", "1", "0\r", "\n0123456",
               "789abcdef\r", "\n", "0\r\n", "\r", "\n"}
        << false << 200 << QByteArray("OK") << QByteArray("0123456789abcdef");
    QTest::newRow("chunked beats length") << QList<QByteArray> {ok
        + "Content-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n"
          "2\r\nhi\r\n0\r\n\r\n"} << false << 200
                                          << QByteArray("OK") << QByteArray("hi");
    QTest::newRow("until close") << QList<QByteArray> {ok + "Connection: close\r\n\r\n",
        "part one ", "part two"} << true
                                 << 200 << QByteArray("OK") << QByteArray("part one part two");
    QTest::newRow("HTTP/1.0 until close")
        << QList<QByteArray> {"HTTP/1.0 200 OK\r\n\r\nold", " style"} << true << 200
        << QByteArray("OK") << QByteArray("old style");
    QTest::newRow("204 ignores a length")
        << QList<QByteArray> {"HTTP/1.1 204 No Content\r\n"
                              "Content-Length: 10\r\n\r\n"}
        << false << 204 << QByteArray("No Content") << QByteArray();
    QTest::newRow("304 without body")
        << QList<QByteArray> {"HTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n"} << false << 304
        << QByteArray("Not Modified") << QByteArray();
    QTest::newRow("100 Continue skipped")
        << QList<QByteArray> {"HTTP/1.1 100 Continue\r\n\r\n",
               "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"}
        << false << 201 << QByteArray("Created") << QByteArray("ok");
    QTest::newRow("100 Continue and answer together")
        << QList<QByteArray> {"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Oops\r\n"
                              "Content-Length: 1\r\n\r\n!"}
        << false << 500 << QByteArray("Oops") << QByteArray("!");
}

void TestHttpConnection::answers()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, close);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    FakeServer server;
    server.queue({pieces, close});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()));
    QCOMPARE(out.finishes, 1);
    QVERIFY(!out.finishedInsidePost);
    QCOMPARE(out.kind, Kind::None);
    QVERIFY(!connection.busy());
    QCOMPARE(out.answer.status, status);
    QCOMPARE(out.answer.reason, reason);
    QCOMPARE(out.answer.body, body);
    QCOMPARE(out.answer.bodyBytes, body.size());
    QVERIFY(!out.answer.truncated);
}

void TestHttpConnection::headersKeptAsSent()
{
    FakeServer server;
    server.queue({{"HTTP/1.1 200 OK\r\nset-cookie: a=1\r\nX-Request-Id:  r-9 \r\n"
                   "Set-Cookie: b=2\r\nCONTENT-LENGTH: 2\r\n\r\n{}"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()));
    QCOMPARE(out.kind, Kind::None);
    QCOMPARE(out.answer.body, QByteArray("{}"));
    const QList<SendResult::Header> expected {{"set-cookie", "a=1"}, {"X-Request-Id", "r-9"},
        {"Set-Cookie", "b=2"}, {"CONTENT-LENGTH", "2"}};
    QCOMPARE(out.answer.headers, expected);
}

void TestHttpConnection::bodyOverLimitTruncated()
{
    const qint64 size = SendResult::MaxBodyBytes + 1000;
    FakeServer server;
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n",
        QByteArray(size / 2, 'a'), QByteArray(size - size / 2, 'b')}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()));
    QCOMPARE(out.kind, Kind::None);
    QCOMPARE(out.answer.bodyBytes, size);
    QCOMPARE(out.answer.body.size(), SendResult::MaxBodyBytes);
    QVERIFY(out.answer.truncated);
    QCOMPARE(out.answer.body.back(), 'b');
}

void TestHttpConnection::keepAliveReusesOneConnection()
{
    FakeServer server;
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none"}});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\ntwo"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome first = run(connection, headFor(server.port(), "/a"));
    const Outcome second = run(connection, headFor(server.port(), "/b", 1), "x");
    QCOMPARE(first.answer.body, QByteArray("one"));
    QCOMPARE(second.kind, Kind::None);
    QCOMPARE(second.answer.body, QByteArray("two"));
    QCOMPARE(server.accepted, 1);
    QCOMPARE(server.connectionOf, QList<int>({0, 0}));
    QVERIFY(server.requests.at(1).startsWith("POST /b HTTP/1.1\r\n"));
    QVERIFY(server.requests.at(1).endsWith("\r\n\r\nx"));
}

void TestHttpConnection::connectionCloseOpensNewConnection()
{
    FakeServer server; // says close but leaves the socket open: the client must drop it
    server.queue({{"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\none"}});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\ntwo"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    QCOMPARE(run(connection, headFor(server.port())).answer.body, QByteArray("one"));
    const Outcome second = run(connection, headFor(server.port()));
    QCOMPARE(second.kind, Kind::None);
    QCOMPARE(second.answer.body, QByteArray("two"));
    QCOMPARE(server.accepted, 2);
    QCOMPARE(server.connectionOf, QList<int>({0, 1}));
}

// The server closed the kept-alive connection while it was idle, and the next request is posted
// before the client has noticed: the closed connection is seen (a peek finds the FIN) and the
// request goes out once, on a new connection.
void TestHttpConnection::idleConnectionTheServerClosedIsNotReused()
{
    FakeServer server;
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none"}});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\ntwo"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    QList<Kind> kinds;
    QList<QByteArray> bodies;
    int connecting = 0;
    int connectingAtSecondPost = 0;
    connect(&connection, &HttpConnection::finished, this, [&](Kind kind, const QString &) {
        kinds.append(kind);
        if (kind == Kind::None)
            bodies.append(connection.takeAnswer().body);
        if (kinds.size() == 1) {
            server.closeConnections();
            connection.post(headFor(server.port()), {}, 5000);
            connectingAtSecondPost = connecting;
        }
    });
    connect(&connection, &HttpConnection::connecting, this, [&connecting] { ++connecting; });
    connection.post(headFor(server.port()), {}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(kinds.size(), 2, 10000);
    QCOMPARE(connectingAtSecondPost, 2); // a new connection at once, not the closed one
    QCOMPARE(kinds, QList<Kind>({Kind::None, Kind::None}));
    QCOMPARE(bodies, QList<QByteArray>({"one", "two"}));
    QCOMPARE(server.requests.size(), 2); // each request sent once
    QCOMPARE(server.connectionOf, QList<int>({0, 1}));
}

// A reused connection closed after the request went out: the server may have it, so it is
// reported (the caller's retry policy decides and counts), never re-sent behind its back.
void TestHttpConnection::closedAfterTheRequestIsReportedNotResent()
{
    FakeServer server;
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none"}});
    server.queue({{}, true});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nthree"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    QCOMPARE(run(connection, headFor(server.port())).kind, Kind::None);
    const Outcome failed = run(connection, headFor(server.port()));
    QCOMPARE(failed.finishes, 1);
    QCOMPARE(failed.kind, Kind::ConnectionReset);
    QVERIFY(failed.message.contains(QLatin1String("before any answer")));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.connectionOf, QList<int>({0, 0}));
    const Outcome after = run(connection, headFor(server.port()));
    QCOMPARE(after.kind, Kind::None);
    QCOMPARE(after.answer.body, QByteArray("three"));
    QCOMPARE(server.accepted, 2);
}

// A target that streams without end once kept `send` reading (and growing) until killed.
void TestHttpConnection::endlessAnswerIsCutOff()
{
    QList<QByteArray> pieces {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"};
    const QByteArray chunk = "100000\r\n" + QByteArray(1 << 20, 'x') + "\r\n";
    for (int i = 0; i < 24; ++i)
        pieces << chunk;
    FakeServer server;
    server.queue({pieces, false, 1});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()), {}, 10000);
    QCOMPARE(out.finishes, 1);
    QCOMPARE(out.kind, Kind::Network);
    QVERIFY2(out.message.contains(QLatin1String("grew past 16 MiB")), qPrintable(out.message));
}

void TestHttpConnection::malformed_data()
{
    addMalformedAnswers();
}

void TestHttpConnection::malformed()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, close);
    QFETCH(Kind, kind);
    FakeServer server;
    server.queue({pieces, close});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()), {}, 3000);
    QCOMPARE(out.finishes, 1);
    QCOMPARE(out.kind, kind);
    QVERIFY(!out.message.isEmpty());
    QVERIFY(!connection.busy());
    const Outcome next = run(connection, headFor(server.port())); // on a fresh connection
    QCOMPARE(next.kind, Kind::None);
    QCOMPARE(next.answer.body, QByteArray("ok"));
    QCOMPARE(server.accepted, 2);
}

void TestHttpConnection::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    HttpConnection connection(QStringLiteral("127.0.0.1"), port);
    const Outcome out = run(connection, headFor(port), "x", 3000);
    QCOMPARE(out.finishes, 1);
    QVERIFY(!out.finishedInsidePost);
    QCOMPARE(out.kind, Kind::ConnectionRefused);
    QVERIFY(!connection.busy());
}

void TestHttpConnection::transferTimeout_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::newRow("never answers") << QList<QByteArray>();
    QTest::newRow("stalls inside the head") << QList<QByteArray> {"HTTP/1.1 200 OK\r\nConte"};
    QTest::newRow("stalls inside the body")
        << QList<QByteArray> {"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc"};
}

void TestHttpConnection::transferTimeout()
{
    QFETCH(QList<QByteArray>, pieces);
    FakeServer server;
    server.queue({pieces});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = run(connection, headFor(server.port()), {}, 300);
    QCOMPARE(out.finishes, 1);
    QCOMPARE(out.kind, Kind::Timeout);
    QVERIFY(!connection.busy());
}

// The total deadline lives in the Sender, which ends the exchange with abort(Deadline).
void TestHttpConnection::deadlineAbort()
{
    FakeServer server; // trickles a body byte every 100 ms: the transfer never stalls
    server.queue(
        {{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "a", "b", "c", "d", "e", "f", "g", "h"},
            false, 100});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    QTimer::singleShot(350, &connection, [&connection] { connection.abort(Kind::Deadline); });
    const Outcome out = run(connection, headFor(server.port()), {}, 250);
    QCOMPARE(out.finishes, 1);
    QCOMPARE(out.kind, Kind::Deadline);
    QVERIFY(!connection.busy());
}

void TestHttpConnection::cancelInFlight()
{
    FakeServer server; // answers 300 ms after the request
    server.queue({{"", "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nlate"}, false, 300});
    server.queue({{"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext"}});
    HttpConnection connection(QStringLiteral("127.0.0.1"), server.port());
    Outcome out;
    listen(connection, out);
    connection.abort(Kind::Cancelled); // idle: nothing to end
    QCOMPARE(out.finishes, 0);
    connection.post(headFor(server.port()), {}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    connection.abort(Kind::Cancelled);
    QCOMPARE(out.finishes, 1); // before abort() returned
    QCOMPARE(out.kind, Kind::Cancelled);
    QVERIFY(!connection.busy());
    QTest::qWait(500); // past the late answer
    QCOMPARE(out.finishes, 1);
    disconnect(&connection, &HttpConnection::finished, nullptr, nullptr);
    const Outcome next = run(connection, headFor(server.port()));
    QCOMPARE(next.kind, Kind::None);
    QCOMPARE(next.answer.body, QByteArray("next"));
    QCOMPARE(server.accepted, 2);
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_httpconnection.moc"
