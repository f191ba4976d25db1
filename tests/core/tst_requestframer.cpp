#include "core/receiver/requestframer.h"

#include <QTest>

// The framer follows requests through a connection's bytes as the receiver's guard sees them:
// in any pieces, pipelined, with Content-Length or chunked bodies.
class TestRequestFramer : public QObject
{
    Q_OBJECT

private slots:
    void contentLengthBodyInPieces();
    void chunkedBodyEndsAfterTrailer();
    void pipelinedRequestsAreCounted();
    void bodyOverLimitIsVisibleFromTheHead();
    void malformedFramingIsLeftToTheServer_data();
    void malformedFramingIsLeftToTheServer();
    void endlessHeaderSectionStopsBeingKept();
};

namespace {

void feedByteByByte(RequestFramer &framer, const QByteArray &bytes)
{
    for (const char c : bytes)
        framer.feed(QByteArrayView(&c, 1));
}

} // namespace

void TestRequestFramer::contentLengthBodyInPieces()
{
    RequestFramer framer;
    framer.feed("POST /api/x?a=1 HTTP/1.1\r\nHost: h\r\nContent-Len");
    QCOMPARE(framer.phase(), RequestFramer::Phase::Head);
    framer.feed("gth: 10\r\n\r\nhello");
    QCOMPARE(framer.phase(), RequestFramer::Phase::Body);
    QCOMPARE(framer.head().method, QByteArray("POST"));
    QCOMPARE(framer.head().target, QByteArray("/api/x?a=1"));
    QCOMPARE(framer.head().contentLength, 10);
    QCOMPARE(framer.bodyBytes(), 5);
    framer.feed("world");
    QCOMPARE(framer.phase(), RequestFramer::Phase::Idle);
    QCOMPARE(framer.bodyBytes(), 10);
}

void TestRequestFramer::chunkedBodyEndsAfterTrailer()
{
    const QByteArray request = "POST /c HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                               "5;name=value\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Sum: 1\r\n\r\n";
    RequestFramer whole;
    whole.feed(request.chopped(2));
    QCOMPARE(whole.phase(), RequestFramer::Phase::Body);
    QCOMPARE(whole.bodyBytes(), 15);
    whole.feed("\r\n");
    QCOMPARE(whole.phase(), RequestFramer::Phase::Idle);
    RequestFramer bytes;
    feedByteByByte(bytes, request);
    QCOMPARE(bytes.phase(), RequestFramer::Phase::Idle);
    QCOMPARE(bytes.bodyBytes(), 15);
}

void TestRequestFramer::pipelinedRequestsAreCounted()
{
    RequestFramer framer;
    framer.feed("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nok\r\n"
                "POST /c HTTP/1.1\nContent-Length: 3\n\nab");
    QCOMPARE(framer.requestsStarted(), 3);
    QCOMPARE(framer.phase(), RequestFramer::Phase::Body);
    QCOMPARE(framer.head().target, QByteArray("/c"));
    QCOMPARE(framer.bodyBytes(), 2);
}

// What lets the guard refuse a gigabyte before it arrives: the length is known from the head.
void TestRequestFramer::bodyOverLimitIsVisibleFromTheHead()
{
    RequestFramer framer;
    framer.feed("POST /big HTTP/1.1\r\ncontent-length: 1073741824\r\n\r\n");
    QCOMPARE(framer.phase(), RequestFramer::Phase::Body);
    QCOMPARE(framer.head().contentLength, qint64(1) << 30);
    QCOMPARE(framer.bodyBytes(), 0);
}

void TestRequestFramer::malformedFramingIsLeftToTheServer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("bad chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("huge chunk size") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n");
    QTest::newRow("no request line") << QByteArray("hello\r\n\r\n");
}

void TestRequestFramer::malformedFramingIsLeftToTheServer()
{
    QFETCH(QByteArray, bytes);
    RequestFramer framer;
    framer.feed(bytes);
    QCOMPARE(framer.phase(), RequestFramer::Phase::Untracked);
    framer.feed("GET / HTTP/1.1\r\n\r\n"); // nothing more is read into it
    QCOMPARE(framer.phase(), RequestFramer::Phase::Untracked);
}

void TestRequestFramer::endlessHeaderSectionStopsBeingKept()
{
    RequestFramer framer;
    framer.feed("GET / HTTP/1.1\r\n");
    const QByteArray line = "X-Pad: " + QByteArray(1000, 'p') + "\r\n";
    for (int i = 0; i < 200; ++i)
        framer.feed(line);
    QCOMPARE(framer.phase(), RequestFramer::Phase::Untracked);
}

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
