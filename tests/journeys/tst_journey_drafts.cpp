#include "tests/support/xsession.h"

#include "core/storage/eventstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// Journeys with the real eventsmith binary under Xvfb and openbox, typed into with xdotool:
// nothing typed is lost to a SIGKILL, and Ctrl+Q then a restart brings every tab back.
class TestJourneyDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void typedTextSurvivesSigkill();
    void quitThenRestartRestoresEveryTab();

private:
    void startApp();
    void quitApp();
    QList<StoredDraft> drafts() const;

    XSession m_x;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_app;
    QString m_window;
};

void TestJourneyDrafts::initTestCase()
{
    const QString missing = XSession::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/test installs them)").arg(missing)));
    QVERIFY(m_x.start());
}

void TestJourneyDrafts::cleanupTestCase()
{
    m_x.stop();
}

void TestJourneyDrafts::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

void TestJourneyDrafts::cleanup()
{
    if (m_app.state() != QProcess::NotRunning) {
        m_app.kill();
        m_app.waitForFinished();
    }
}

// A fresh HOME and XDG folders, so settings and the store are this journey's own.
void TestJourneyDrafts::startApp()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_app.setProcessEnvironment(env);
    m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app.start(QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith"),
        {QStringLiteral("--store"), home + QStringLiteral("/store.db"), QStringLiteral("--port"),
            QStringLiteral("0")});
    QVERIFY(m_app.waitForStarted());
    m_window = XSession::windowOf(m_app.processId());
    QVERIFY2(!m_window.isEmpty(), "the window did not appear");
    XSession::activate(m_window);
    QTest::qWait(300);
}

void TestJourneyDrafts::quitApp()
{
    XSession::activate(m_window);
    XSession::keys({QStringLiteral("ctrl+q")});
    QVERIFY(m_app.waitForFinished(20000));
    QCOMPARE(m_app.exitCode(), 0);
}

QList<StoredDraft> TestJourneyDrafts::drafts() const
{
    EventStore store;
    if (!store.open(m_home->filePath(QStringLiteral("store.db"))))
        return {};
    return store.drafts().list().value();
}

void TestJourneyDrafts::typedTextSurvivesSigkill()
{
    startApp();
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("KEPT-AFTER-KILL"));
    QTest::qWait(500); // half a second after the last key: then the kill
    ::kill(pid_t(m_app.processId()), SIGKILL);
    QVERIFY(m_app.waitForFinished());
    QList<StoredDraft> kept = drafts();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(
        kept.at(0).text.endsWith(QLatin1String("KEPT-AFTER-KILL")), qPrintable(kept.at(0).text));
    QVERIFY(kept.at(0).dirty);
    QVERIFY(kept.at(0).eventId > 0); // still the sample it edits, not a copy
    startApp(); // the tab comes back, and a clean quit keeps it
    quitApp();
    kept = drafts();
    QCOMPARE(kept.size(), 1);
    QVERIFY(kept.at(0).text.endsWith(QLatin1String("KEPT-AFTER-KILL")));
}

void TestJourneyDrafts::quitThenRestartRestoresEveryTab()
{
    startApp();
    XSession::keys({QStringLiteral("ctrl+shift+d")}); // a copy of the sample, a new draft
    XSession::keys({QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("SECOND"));
    quitApp();
    QList<StoredDraft> kept = drafts();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).eventId, qint64(0));
    QVERIFY(kept.at(1).current);
    QVERIFY(kept.at(1).text.endsWith(QLatin1String("SECOND")));
    startApp();
    XSession::keys(
        {QStringLiteral("ctrl+shift+Tab"), QStringLiteral("ctrl+2"), QStringLiteral("ctrl+End")});
    XSession::type(QStringLiteral("FIRST"));
    quitApp();
    kept = drafts();
    QCOMPARE(kept.size(), 2);
    QVERIFY(kept.at(0).current);
    QVERIFY(kept.at(0).text.endsWith(QLatin1String("FIRST")));
    QVERIFY(kept.at(1).text.endsWith(QLatin1String("SECOND")));
}

QTEST_GUILESS_MAIN(TestJourneyDrafts)
#include "tst_journey_drafts.moc"
