#include "tests/support/journaledreplay.h"

#include "core/replay/rundiff.h"

#include <QSqlQuery>
#include <QtTest>

// The replay's journal in the store: results stream in as they complete, the intent is written
// before each send, and a run interrupted at any moment resumes without re-sending finished
// events while "maybe sent" ones are sent again and explained.
class TestReplayResume final : public JournaledReplayTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resultsStreamIntoStore();
    void intentIsRecordedBeforeSend();
    void storeFailureIsReportedWithTheRun();
    void resumeAfterCrash_data();
    void resumeAfterCrash();
    void resumeAfterCancel();
    void resumeRefusesAnotherSet();
    void diffStoredRuns();
    void everyAttemptIsStored();

private:
    ReplayEngine::Finish runToEnd();
    QList<RunResult> storedResults(qint64 runId);
};

void TestReplayResume::init()
{
    setUpRig();
}

void TestReplayResume::cleanup()
{
    tearDownRig();
}

ReplayEngine::Finish TestReplayResume::runToEnd()
{
    m_timers->advanceUntil([this] { return m_finish.has_value(); }, 3600000);
    return m_finish.value_or(ReplayEngine::Finish::Failed);
}

QList<RunResult> TestReplayResume::storedResults(qint64 runId)
{
    auto rows = m_runs->results(runId);
    return rows.ok() ? rows.value() : QList<RunResult>();
}

void TestReplayResume::resultsStreamIntoStore()
{
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.status = i == 3 || i == 11 ? 400 : 200;
        return reply;
    });
    ReplayOptions options;
    options.concurrency = 3;
    RunRecord meta;
    meta.setName = QStringLiteral("Twenty emails");
    meta.targetName = QStringLiteral("Local receiver");
    const auto runId = m_engine->start(makeEmails(20), options, meta);
    QVERIFY(runId.ok() && runId.value() > 0);
    m_timers->advance(25);
    const auto partial = m_runs->run(runId.value()).value();
    QVERIFY(partial.done > 0 && partial.done < 20); // streamed, not written at the end
    QCOMPARE(partial.state, RunState::Running);
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    const RunRecord run = m_runs->run(runId.value()).value();
    QCOMPARE(run.state, RunState::Completed);
    QCOMPARE(run.setName, meta.setName);
    QCOMPARE(run.total, 20);
    QCOMPARE(run.done, 20);
    QCOMPARE(run.passed, 18);
    QCOMPARE(run.failed, 2);
    const auto rows = storedResults(runId.value());
    QCOMPARE(rows.size(), 20);
    QCOMPARE(rows[3].finalStatus, 400);
    QVERIFY(rows[3].failureReason.contains(QStringLiteral("expected status 2xx, got 400")));
    QCOMPARE(rows[0].attempts, 1);
    const QJsonObject summary = QJsonDocument::fromJson(rows[0].responseSummary.toUtf8()).object();
    QVERIFY(
        summary.value(QStringLiteral("requestId")).toString().startsWith(QStringLiteral("req-")));
    QCOMPARE(summary.value(QStringLiteral("dedupId")).toString(), QStringLiteral("e-0"));
    const auto stored
        = ReplayOptions::fromJson(QJsonDocument::fromJson(run.optionsJson.toUtf8()).object());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().concurrency, 3);
}

void TestReplayResume::intentIsRecordedBeforeSend()
{
    QStringList statesAtSend;
    m_transport->setResponder([this, &statesAtSend](const SendRequest &, int i) {
        const auto rows = m_runs->results(m_engine->runId(), i, 1).value();
        statesAtSend << (rows.isEmpty() ? QStringLiteral("none")
                                        : RunStore::resultStateName(rows[0].state));
        return FakeReply();
    });
    QVERIFY(m_engine->start(makeEmails(5), ReplayOptions()).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QCOMPARE(statesAtSend, QStringList(5, QStringLiteral("intent")));
}

// A journal write the store refuses ends the run as Failed, and the cause comes with the
// failed() signal just before finished(), not from the engine afterwards.
void TestReplayResume::storeFailureIsReportedWithTheRun()
{
    QList<Error> failures;
    bool failedBeforeFinished = false;
    connect(m_engine.get(), &ReplayEngine::failed, this,
        [this, &failures, &failedBeforeFinished](const Error &error) {
            failures << error;
            failedBeforeFinished = !m_finish.has_value();
        });
    ReplayOptions options;
    options.concurrency = 2;
    QVERIFY(m_engine->start(makeEmails(20), options).ok());
    m_timers->advance(25);
    QVERIFY(!m_finish.has_value());
    m_store->close();
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Failed);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failedBeforeFinished);
    QCOMPARE(failures.constFirst().code, QStringLiteral("store-not-open"));
    QVERIFY(!failures.constFirst().message.isEmpty());
}

void TestReplayResume::resumeAfterCrash_data()
{
    QTest::addColumn<qint64>("crashAtMs");
    for (qint64 at : {0, 5, 27, 60, 99, 149})
        QTest::addRow("crash at %lld ms", at) << at;
}

void TestReplayResume::resumeAfterCrash()
{
    QFETCH(qint64, crashAtMs);
    const auto events = makeEmails(50);
    ReplayOptions options;
    options.concurrency = 6;
    options.eventIds = ReplayOptions::EventIdPolicy::Fresh;
    options.runSuffix = QStringLiteral("r1");
    const auto runId = m_engine->start(events, options);
    QVERIFY(runId.ok());
    m_timers->advance(crashAtMs);
    // The process dies: no cancel, no state change, requests on the wire reached the server.
    m_engine.reset();
    const int sentBefore = int(m_transport->sends.size());
    const auto before = storedResults(runId.value());
    QSet<int> doneBefore;
    for (const auto &row : before)
        if (row.state == RunResultState::Done)
            doneBefore << row.position;
    QCOMPARE(m_runs->unfinished().value().size(), 1);

    newEngine();
    QVERIFY(m_engine->resumeRun(runId.value(), events).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    // Finished events were not sent again; every event reached the server exactly once.
    for (int i = sentBefore; i < m_transport->sends.size(); ++i) {
        const QString id = FakeDedupServer::eventIdOf(m_transport->sends[i].body);
        QVERIFY(!doneBefore.contains(id.section(QLatin1Char('-'), 1, 1).toInt()));
    }
    QCOMPARE(m_server.accepted.size(), 50);
    for (auto it = m_server.accepted.cbegin(); it != m_server.accepted.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(m_results.size(), 50);
    int explained = 0;
    for (int i = 0; i < 50; ++i) {
        const ReplayResult &r = m_results[i];
        QCOMPARE(r.position, i);
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QCOMPARE(r.fromEarlierSession, doneBefore.contains(i));
        if (r.duplicate == true) {
            QVERIFY(r.resent);
            QVERIFY(r.reason.contains(QStringLiteral("resent after an interruption")));
            ++explained;
        }
    }
    QCOMPARE(explained, sentBefore - doneBefore.size());
    const RunRecord run = m_runs->run(runId.value()).value();
    QCOMPARE(run.state, RunState::Completed);
    QCOMPARE(run.done, 50);
    QCOMPARE(run.passed, 50);
    QVERIFY(m_store->database().integrityCheck().ok());
}

void TestReplayResume::resumeAfterCancel()
{
    const auto events = makeEmails(30);
    ReplayOptions options;
    options.concurrency = 5;
    options.eventIds = ReplayOptions::EventIdPolicy::Fresh;
    const auto runId = m_engine->start(events, options);
    QVERIFY(runId.ok());
    m_timers->advance(42);
    m_engine->cancel();
    QCOMPARE(m_runs->run(runId.value()).value().state, RunState::Cancelled);
    QVERIFY(!m_runs->pending(runId.value()).value().isEmpty());
    newEngine();
    QVERIFY(m_engine->resumeRun(runId.value(), events).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QCOMPARE(m_server.accepted.size(), 30);
    for (auto it = m_server.accepted.cbegin(); it != m_server.accepted.cend(); ++it)
        QCOMPARE(it.value(), 1);
    // The suffix chosen by the first session was kept by the resume.
    QCOMPARE(m_engine->options().runSuffix,
        FakeDedupServer::eventIdOf(m_transport->sends.last().body).section(QLatin1Char('-'), 2));
}

void TestReplayResume::resumeRefusesAnotherSet()
{
    const auto runId = m_engine->start(makeEmails(10), ReplayOptions());
    QVERIFY(runId.ok());
    m_timers->advance(15);
    m_engine->cancel();
    newEngine();
    const auto other = m_engine->resumeRun(runId.value(), makeEmails(10, QStringLiteral("x")));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("replay-other-set"));
    QVERIFY(!m_engine->resumeRun(runId.value(), makeEmails(9)).ok());
    QVERIFY(!m_engine->resumeRun(9999, makeEmails(10)).ok());
}

void TestReplayResume::diffStoredRuns()
{
    const auto events = makeEmails(6);
    int round = 0;
    m_transport->setResponder([&round](const SendRequest &, int i) {
        FakeReply reply;
        const int position = i % 6;
        reply.status = (round == 0 && position == 2) || (round == 1 && position == 4) ? 400 : 200;
        return reply;
    });
    ReplayOptions options;
    options.concurrency = 1;
    const qint64 first = m_engine->start(events, options).value();
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    round = 1;
    newEngine();
    const qint64 second = m_engine->start(events, options).value();
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    const auto changes = RunDiff::compare(*m_runs, first, second);
    QVERIFY(changes.ok());
    QCOMPARE(changes.value().size(), 2);
    QCOMPARE(changes.value()[0].position, 2);
    QCOMPARE(changes.value()[0].kind, RunDiff::Kind::Fixed);
    QCOMPARE(changes.value()[1].position, 4);
    QCOMPARE(changes.value()[1].kind, RunDiff::Kind::Broken);
    newEngine();
    const qint64 other = m_engine->start(makeEmails(6, QStringLiteral("y")), options).value();
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QVERIFY(!RunDiff::compare(*m_runs, first, other).ok());
}

// An event answered 500, then 429 with Retry-After, then a dropped connection, then 200: each
// attempt is kept with its time, answer, latency and the wait that followed, in the result, in
// the store (the API key masked) and in what a resume loads.
void TestReplayResume::everyAttemptIsStored()
{
    const QString secret = QStringLiteral("sk-live-attempt-7f3a");
    Redactor redactor;
    redactor.addSecret(secret);
    m_journal->setRedactor(redactor);
    m_transport->setResponder([&secret](const SendRequest &, int i) {
        FakeReply reply;
        reply.latencyMs = 10 + i;
        if (i == 0)
            reply.status = 500;
        if (i == 1) {
            reply.status = 429;
            reply.headers = {{"Retry-After", "2"}};
            reply.body = QStringLiteral("{\"received\":false,\"message\":\"slow down, key %1\"}")
                             .arg(secret)
                             .toUtf8();
        }
        if (i == 2)
            reply.error = SendResult::ErrorKind::ConnectionReset;
        return reply;
    });
    ReplayOptions options;
    options.retry.maxAttempts = 4;
    const auto runId = m_engine->start(makeEmails(1), options);
    QVERIFY(runId.ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);

    QCOMPARE(m_results.size(), 1);
    const QList<RunAttempt> attempts = m_results[0].attemptLog;
    QCOMPARE(attempts.size(), 4);
    QCOMPARE(m_transport->sends.size(), 4);
    const QList<int> statuses {
        attempts[0].status, attempts[1].status, attempts[2].status, attempts[3].status};
    QCOMPARE(statuses, (QList<int> {500, 429, 0, 200}));
    QCOMPARE(attempts[2].error, QStringLiteral("connection-reset"));
    QVERIFY(attempts[0].error.isEmpty() && attempts[3].error.isEmpty());
    QCOMPARE(attempts[1].retryAfterMs, 2000);
    QCOMPARE(attempts[1].waitMs, 2000);
    QCOMPARE(attempts[3].waitMs, -1);
    for (int i = 0; i < attempts.size(); ++i) {
        QCOMPARE(attempts[i].number, i + 1);
        QCOMPARE(attempts[i].latencyMs, 10 + i);
        QCOMPARE(attempts[i].startedAt,
            m_clock->now().addMSecs(m_transport->sends[i].atMs - m_clock->monotonicMs()));
        if (i + 1 < attempts.size()) // the wait is what passed between an answer and the next send
            QCOMPARE(attempts[i].waitMs,
                m_transport->sends[i + 1].atMs - m_transport->sends[i].atMs
                    - attempts[i].latencyMs);
    }
    QVERIFY(attempts[1].message.contains(secret)); // live, before the journal masks it

    const QList<RunResult> rows = storedResults(runId.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].attempts, 4);
    QCOMPARE(rows[0].attemptLog.size(), 4);
    QCOMPARE(rows[0].attemptLog[2], attempts[2]);
    QVERIFY(!rows[0].attemptLog[1].message.contains(secret));
    QVERIFY(rows[0].attemptLog[1].message.contains(QStringLiteral("slow down, key ***")));
    QSqlQuery raw(m_store->database().db());
    QVERIFY(raw.exec(QStringLiteral("SELECT attempt_log FROM run_results")) && raw.next());
    QVERIFY(!raw.value(0).toString().contains(secret));

    const auto loaded = m_journal->load(runId.value());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().done.value(0).attemptLog, rows[0].attemptLog);
}

QTEST_GUILESS_MAIN(TestReplayResume)
#include "tst_replayresume.moc"
