#include "tests/support/journeyapp.h"

#include "core/storage/eventstore.h"

#include <QtTest>

#include <csignal>

// Journeys with the real eventsmith binary under Xvfb and openbox, typed into with xdotool:
// nothing typed is lost to a SIGKILL, Ctrl+Q then a restart brings every tab back, and opening
// an event, undoing and saving never writes to another event.
class TestJourneyDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedTextSurvivesSigkill();
    void quitThenRestartRestoresEveryTab();
    void openUndoSaveNeverTouchesAnotherEvent();

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

// Once, Library > Enter on "emails · opened" > Ctrl+Z > Ctrl+S wrote the draft typed before
// over "emails · opened".
void TestJourneyDrafts::openUndoSaveNeverTouchesAnotherEvent()
{
    JourneyApp app;
    QVERIFY(app.start());
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("TYPED"));
    XSession::keys({QStringLiteral("alt+2"), QStringLiteral("ctrl+f")});
    XSession::type(QStringLiteral("opened"));
    QTest::qWait(400); // the search settles
    XSession::keys({QStringLiteral("Down"), QStringLiteral("Return")});
    QTest::qWait(400);
    XSession::keys({QStringLiteral("ctrl+z"), QStringLiteral("ctrl+s")});
    QVERIFY(app.quit());
    EventStore store;
    QVERIFY(store.open(app.storePath()));
    const QList<StoredEvent> events = store.pageAfter(0, 100).value();
    const auto named = [&](const QString &name) {
        for (const StoredEvent &event : events)
            if (event.name == name)
                return event;
        return StoredEvent {};
    };
    QVERIFY(named(QStringLiteral("emails · opened")).payload.contains(QLatin1String("\"opened\"")));
    QVERIFY(!named(QStringLiteral("emails · opened")).payload.contains(QLatin1String("TYPED")));
    QVERIFY(!named(QStringLiteral("emails · sent")).payload.contains(QLatin1String("TYPED")));
    const QList<StoredDraft> tabs = store.drafts().list().value();
    QCOMPARE(tabs.size(), 2);
    QVERIFY(tabs.at(0).text.endsWith(QLatin1String("TYPED"))); // still a draft of its own
    QCOMPARE(tabs.at(1).eventId, named(QStringLiteral("emails · opened")).id);
}

QTEST_GUILESS_MAIN(TestJourneyDrafts)
#include "tst_journey_drafts.moc"
