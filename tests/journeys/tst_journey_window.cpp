#include "tests/support/journeyapp.h"

#include "core/storage/eventstore.h"

#include <QtTest>

// Journeys about the window as a person meets it: an event composed and sent with the keyboard
// alone, and a window that fits a 1024×640 screen and never grows by itself after a long paste
// and a send.
class TestJourneyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composeAndSendWithTheKeyboardAlone();
    void fitsASmallScreenAfterALongPasteAndASend();
    void wheelOverTheFormChangesNothing();
    void secondStartBringsTheFirstToTheFront();

private:
    static void putOnClipboard(const QByteArray &text);

    XSession m_x;
};

void TestJourneyWindow::initTestCase()
{
    const QString missing = XSession::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/test installs them)").arg(missing)));
    QVERIFY(m_x.start());
}

// xclip keeps serving the selection after it detaches, until another owner takes it.
void TestJourneyWindow::putOnClipboard(const QByteArray &text)
{
    QProcess xclip;
    xclip.start(
        QStringLiteral("xclip"), {QStringLiteral("-selection"), QStringLiteral("clipboard")});
    QVERIFY(xclip.waitForStarted());
    xclip.write(text);
    xclip.closeWriteChannel();
    QVERIFY(xclip.waitForFinished(10000));
}

void TestJourneyWindow::composeAndSendWithTheKeyboardAlone()
{
    JourneyApp app;
    QVERIFY(app.start());
    // File > New event: family, then sub-type, then Create; then Send.
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+n")});
    QTest::qWait(500);
    XSession::keys({QStringLiteral("Tab"), QStringLiteral("Down"), QStringLiteral("Return")});
    QTest::qWait(500);
    XSession::keys({QStringLiteral("ctrl+Return")});
    QTest::qWait(2000);
    QVERIFY(app.quit());
    EventStore store;
    QVERIFY(store.open(app.storePath()));
    const QList<SendRecord> sends = store.history().recent(0, 10).value();
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.at(0).responseStatus, 200);
    const QList<StoredDraft> tabs = store.drafts().list().value();
    QCOMPARE(tabs.size(), 2);
    QCOMPARE(tabs.at(1).eventId, qint64(0)); // the new event, not in the library
    QCOMPARE(tabs.at(1).sendIds, QList<qint64> {sends.at(0).id});
    QCOMPARE(QString::fromUtf8(sends.at(0).requestBody), tabs.at(1).text);
}

void TestJourneyWindow::fitsASmallScreenAfterALongPasteAndASend()
{
    JourneyApp app;
    QVERIFY(app.start());
    const QSize before = app.size();
    const QSize minimum = app.minimumSize();
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
        qPrintable(
            QStringLiteral("minimum size %1x%2").arg(minimum.width()).arg(minimum.height())));
    // One long line (the editor does not wrap) that the response repeats back.
    const QByteArray longLine(4000, 'x');
    putOnClipboard("{\"eventTimestamp\": \"2024-06-01T09:00:00Z\", \"eventType\": \"sent\", "
                   "\"subject\": \"Long\", \"body\": {\"text\": \""
        + longLine
        + "\"}, \"from\": {\"email\": \"a@example.com\"}, \"to\": [{\"email\": "
          "\"b@example.com\"}]}");
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+shift+v")});
    QTest::qWait(800);
    XSession::keys({QStringLiteral("ctrl+Return")});
    QTest::qWait(2000);
    XSession::activate(app.window());
    QCOMPARE(app.size(), before);
    const QSize after = app.minimumSize();
    QVERIFY2(after.width() <= 1024 && after.height() <= 640,
        qPrintable(QStringLiteral("minimum size %1x%2").arg(after.width()).arg(after.height())));
    QVERIFY(app.quit());
    EventStore store;
    QVERIFY(store.open(app.storePath()));
    QCOMPARE(store.history().recent(0, 10).value().size(), 1); // the send did happen
}

// The wheel rolled up and down the whole form column, over every combo box, date-time, spin
// box and tab bar it passes, as a person scrolls to read: the event stays as it was.
void TestJourneyWindow::wheelOverTheFormChangesNothing()
{
    JourneyApp app;
    QVERIFY(app.start());
    const QPoint corner = app.position();
    const int height = app.size().height();
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 150; y < height - 250; y += 20)
            XSession::wheel(corner + QPoint(280, y), pass == 0 ? 2 : -2);
    }
    QTest::qWait(500);
    QVERIFY(app.quit());
    EventStore store;
    QVERIFY(store.open(app.storePath()));
    const QList<StoredDraft> tabs = store.drafts().list().value();
    QCOMPARE(tabs.size(), 1);
    QVERIFY2(!tabs.at(0).dirty, "the wheel changed the event");
    QCOMPARE(tabs.at(0).text, store.event(tabs.at(0).eventId).value().payload);
}

// A second start on the same store hands off to the first: the minimised window comes back to
// the front and the second process ends with a word on standard error.
void TestJourneyWindow::secondStartBringsTheFirstToTheFront()
{
    JourneyApp app;
    QVERIFY(app.start());
    XSession::xdotool({QStringLiteral("windowminimize"), QStringLiteral("--sync"), app.window()});
    const auto [code, said] = app.startAgain();
    QCOMPARE(code, 0);
    QVERIFY2(said.contains("already running"), said.constData());
    QVERIFY(app.isRunning());
    QVERIFY(XSession::waitFor(
        [&] { return XSession::xdotool({QStringLiteral("getactivewindow")}) == app.window(); },
        5000));
    QVERIFY(app.quit());
}

QTEST_GUILESS_MAIN(TestJourneyWindow)
#include "tst_journey_window.moc"
