#include "tests/support/journeyapp.h"

#include "core/storage/eventstore.h"

#include <QtTest>

#include <csignal>

// Journeys with the real eventsmith binary under Xvfb and openbox, typed into with xdotool:
// nothing typed is lost to a SIGKILL, and Ctrl+Q then a restart brings every tab back.
class TestJourneyDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedTextSurvivesSigkill();
    void quitThenRestartRestoresEveryTab();

private:
    static QList<StoredDraft> drafts(const JourneyApp &app);

    XSession m_x;
};

void TestJourneyDrafts::initTestCase()
{
    const QString missing = XSession::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/test installs them)").arg(missing)));
    QVERIFY(m_x.start());
}

QList<StoredDraft> TestJourneyDrafts::drafts(const JourneyApp &app)
{
    EventStore store;
    if (!store.open(app.storePath()))
        return {};
    return store.drafts().list().value();
}

void TestJourneyDrafts::typedTextSurvivesSigkill()
{
    JourneyApp app;
    QVERIFY(app.start());
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("KEPT-AFTER-KILL"));
    QTest::qWait(500); // half a second after the last key: then the kill
    ::kill(pid_t(app.pid()), SIGKILL);
    QVERIFY(app.waitForExit());
    QList<StoredDraft> kept = drafts(app);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(
        kept.at(0).text.endsWith(QLatin1String("KEPT-AFTER-KILL")), qPrintable(kept.at(0).text));
    QVERIFY(kept.at(0).dirty);
    QVERIFY(kept.at(0).eventId > 0); // still the sample it edits, not a copy
    QVERIFY(app.start()); // the tab comes back, and a clean quit keeps it
    QVERIFY(app.quit());
    kept = drafts(app);
    QCOMPARE(kept.size(), 1);
    QVERIFY(kept.at(0).text.endsWith(QLatin1String("KEPT-AFTER-KILL")));
}

void TestJourneyDrafts::quitThenRestartRestoresEveryTab()
{
    JourneyApp app;
    QVERIFY(app.start());
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+shift+d")}); // a new draft
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("SECOND"));
    QVERIFY(app.quit());
    QList<StoredDraft> kept = drafts(app);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).eventId, qint64(0));
    QVERIFY(kept.at(1).current);
    QVERIFY(kept.at(1).text.endsWith(QLatin1String("SECOND")));
    QVERIFY(app.start());
    XSession::keys(
        {QStringLiteral("ctrl+shift+Tab"), QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("FIRST"));
    QVERIFY(app.quit());
    kept = drafts(app);
    QCOMPARE(kept.size(), 2);
    QVERIFY(kept.at(0).current);
    QVERIFY(kept.at(0).text.endsWith(QLatin1String("FIRST")));
    QVERIFY(kept.at(1).text.endsWith(QLatin1String("SECOND")));
}

QTEST_GUILESS_MAIN(TestJourneyDrafts)
#include "tst_journey_drafts.moc"
