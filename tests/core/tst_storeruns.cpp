#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Send history (redaction, truncation, timings) and replay runs with their per-event results.
class TestStoreRuns final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyRoundTrip();
    void historyRedactsSecrets();
    void historyTruncatesLargeBodies();
    void historyOutlivesItsEvent();
    void runLifecycle();
    void resultsFollowIntentSentDone();
    void outOfOrderResultsAreRefused();
    void unfinishedRuns();
    void timingsComeFromTheTimingColumns();

private:
    qint64 addEvent();
    qint64 newRun();

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<EventStore> m_store;
};

void TestStoreRuns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(&m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
}

void TestStoreRuns::cleanup()
{
    m_store.reset();
}

qint64 TestStoreRuns::addEvent()
{
    return m_store
        ->insertEvent({0, QStringLiteral("calls"), QStringLiteral("transcript"),
            QStringLiteral("call"), QStringLiteral("{}")})
        .value();
}

qint64 TestStoreRuns::newRun()
{
    RunRecord run;
    run.setName = QStringLiteral("Set");
    run.targetName = QStringLiteral("Local");
    run.total = 3;
    return m_store->runs().create(run).value();
}

void TestStoreRuns::historyRoundTrip()
{
    const qint64 event = addEvent();
    SendRecord r;
    r.eventId = event;
    r.targetName = QStringLiteral("Local");
    r.requestUrl
        = QStringLiteral("http://127.0.0.1:9/api/v2/analytics/webhook/receive/generic/calls");
    r.requestHeadersJson = QStringLiteral("{\"Content-Type\":\"application/json\"}");
    r.requestBody = "{\"eventType\":\"transcript\"}";
    r.responseStatus = 429;
    r.responseHeadersJson = QStringLiteral("{\"Retry-After\":\"2\"}");
    r.responseBody = "{\"message\":\"slow down\"}";
    r.connectMs = 3;
    r.firstByteMs = 9;
    r.totalMs = 11;
    const qint64 first = m_store->history().append(r).value();
    m_clock.advanceMs(1000);
    r.responseStatus = 0;
    r.error = QStringLiteral("Connection refused");
    const qint64 second = m_store->history().append(r).value();
    // A request not made from a saved event.
    QVERIFY(m_store->history().append(SendRecord {}).ok());

    const QList<SendRecord> list = m_store->history().forEvent(event).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, second);
    QCOMPARE(list.at(0).responseStatus, 0);
    QCOMPARE(list.at(0).error, QStringLiteral("Connection refused"));
    const SendRecord read = m_store->history().record(first).value();
    QCOMPARE(read.responseStatus, 429);
    QCOMPARE(read.requestBody, r.requestBody);
    QCOMPARE(read.responseBody, QByteArray("{\"message\":\"slow down\"}"));
    QCOMPARE(read.dnsMs, -1);
    QCOMPARE(read.connectMs, 3);
    QCOMPARE(read.firstByteMs, 9);
    QCOMPARE(read.totalMs, 11);
    QCOMPARE(read.sentAt, m_clock.now().addMSecs(-1000));
    QVERIFY(!read.responseTruncated);
    QCOMPARE(m_store->history().recent(0, 10).value().size(), 3);
    QCOMPARE(m_store->history().recent(second, 10).value().size(), 1);
}

void TestStoreRuns::historyRedactsSecrets()
{
    SendRecord r;
    r.targetName = QStringLiteral("Octave");
    r.requestUrl
        = QStringLiteral("https://app.octavehq.com/api/v2/x/emails?api_key=sk-live-123&a=b");
    r.requestHeadersJson
        = QStringLiteral("{\"api_key\":\"sk-live-123\",\"Authorization\":\"Bearer t\","
                         "\"X-Team\":\"growth\"}");
    const qint64 id = m_store->history().append(r).value();
    const SendRecord read = m_store->history().record(id).value();
    QCOMPARE(read.requestUrl,
        QStringLiteral("https://app.octavehq.com/api/v2/x/emails?api_key=[redacted]&a=b"));
    const QJsonObject headers = QJsonDocument::fromJson(read.requestHeadersJson.toUtf8()).object();
    QCOMPARE(headers.value(QStringLiteral("api_key")).toString(), HistoryStore::Redacted);
    QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(), HistoryStore::Redacted);
    QCOMPARE(headers.value(QStringLiteral("X-Team")).toString(), QStringLiteral("growth"));
}

void TestStoreRuns::historyTruncatesLargeBodies()
{
    SendRecord r;
    r.targetName = QStringLiteral("Local");
    r.responseBody = QByteArray(SendRecord::MaxResponseBodyBytes + 1, 'x');
    const qint64 big = m_store->history().append(r).value();
    r.responseBody.chop(1);
    const qint64 exact = m_store->history().append(r).value();
    QCOMPARE(m_store->history().record(big).value().responseBody.size(),
        SendRecord::MaxResponseBodyBytes);
    QVERIFY(m_store->history().record(big).value().responseTruncated);
    QVERIFY(!m_store->history().record(exact).value().responseTruncated);
}

void TestStoreRuns::historyOutlivesItsEvent()
{
    const qint64 event = addEvent();
    SendRecord r;
    r.eventId = event;
    r.targetName = QStringLiteral("Local");
    const qint64 id = m_store->history().append(r).value();
    QVERIFY(m_store->deleteEvent(event).ok());
    QCOMPARE(m_store->history().record(id).value().eventId, 0);
    QCOMPARE(m_store->history().forEvent(event).value().size(), 0);
}

void TestStoreRuns::runLifecycle()
{
    const qint64 set = m_store->sets().create(QStringLiteral("Replay me")).value();
    RunRecord run;
    run.setId = set;
    run.setName = QStringLiteral("Replay me");
    run.optionsJson = QStringLiteral("{\"concurrency\":4}");
    run.total = 2;
    const qint64 id = m_store->runs().create(run).value();
    RunRecord read = m_store->runs().run(id).value();
    QCOMPARE(read.state, RunState::Running);
    QCOMPARE(read.setId, set);
    QCOMPARE(read.optionsJson, run.optionsJson);
    QCOMPARE(read.startedAt, m_clock.now());
    QVERIFY(!read.finishedAt.isValid());
    QVERIFY(m_store->runs().setState(id, RunState::Paused).ok());
    QVERIFY(!m_store->runs().run(id).value().finishedAt.isValid());
    m_clock.advanceMs(2500);
    QVERIFY(m_store->runs().setState(id, RunState::Cancelled).ok());
    read = m_store->runs().run(id).value();
    QCOMPARE(read.state, RunState::Cancelled);
    QCOMPARE(read.finishedAt, m_clock.now());
    QVERIFY(m_store->runs().setTotal(id, 5).ok());
    QCOMPARE(m_store->runs().run(id).value().total, 5);
    QVERIFY(m_store->sets().remove(set).ok());
    QCOMPARE(m_store->runs().run(id).value().setId, 0); // the run stays, by name
    QCOMPARE(m_store->runs().setState(999, RunState::Paused).error().code,
        QStringLiteral("store-not-found"));
}

void TestStoreRuns::resultsFollowIntentSentDone()
{
    RunStore runs = m_store->runs();
    const qint64 run = newRun();
    const qint64 e = addEvent();
    QVERIFY(runs.recordIntent(run, 2, e).ok());
    QVERIFY(runs.recordIntent(run, 0, e).ok());
    QVERIFY(runs.recordIntent(run, 1, e).ok());
    QCOMPARE(runs.results(run).value().at(0).state, RunResultState::Intent);
    QVERIFY(runs.markSent(run, 0).ok());
    QCOMPARE(runs.results(run).value().at(0).state, RunResultState::Sent);
    QCOMPARE(runs.results(run).value().at(0).attempts, 1);
    // A retry: intent again, sent again.
    QVERIFY(runs.recordIntent(run, 0, e).ok());
    QVERIFY(runs.markSent(run, 0).ok());
    QVERIFY(runs.recordResult(
                    {run, 0, e, RunResultState::Done, 0, 200, QStringLiteral("received"), 42, true})
                .ok());
    QVERIFY(runs.markSent(run, 1).ok());
    QVERIFY(runs.recordResult(
                    {run, 1, e, RunResultState::Done, 1, 400, QStringLiteral("Invalid API key"), 7,
                        false, QStringLiteral("expected 200, got 400")})
                .ok());

    const QList<RunResult> results = runs.results(run).value();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).position, 0);
    QCOMPARE(results.at(0).state, RunResultState::Done);
    QCOMPARE(results.at(0).attempts, 2);
    QCOMPARE(results.at(0).finalStatus, 200);
    QCOMPARE(results.at(0).latencyMs, 42);
    QVERIFY(results.at(0).passed);
    QCOMPARE(results.at(1).failureReason, QStringLiteral("expected 200, got 400"));
    QVERIFY(!results.at(1).passed);
    QCOMPARE(results.at(2).state, RunResultState::Intent);
    QCOMPARE(results.at(2).latencyMs, -1);
    QCOMPARE(runs.pending(run).value().size(), 1);
    QCOMPARE(runs.pending(run).value().at(0).position, 2);
    QCOMPARE(runs.results(run, 1, 1).value().at(0).position, 1);

    const RunRecord counts = runs.run(run).value();
    QCOMPARE(counts.done, 2);
    QCOMPARE(counts.passed, 1);
    QCOMPARE(counts.failed, 1);
}

void TestStoreRuns::outOfOrderResultsAreRefused()
{
    RunStore runs = m_store->runs();
    const qint64 run = newRun();
    const qint64 e = addEvent();
    QCOMPARE(runs.markSent(run, 0).error().code, QStringLiteral("store-result-out-of-order"));
    QCOMPARE(runs.recordResult({run, 0, e, RunResultState::Done}).error().code,
        QStringLiteral("store-result-out-of-order"));
    QVERIFY(runs.recordIntent(run, 0, e).ok());
    QVERIFY(
        runs.recordResult({run, 0, e, RunResultState::Done, 1, 500, QStringLiteral(""), 5, false})
            .ok());
    QCOMPARE(
        runs.recordResult({run, 0, e, RunResultState::Done, 1, 200, QStringLiteral(""), 5, true})
            .error()
            .code,
        QStringLiteral("store-result-out-of-order"));
    QCOMPARE(runs.recordIntent(run, 0, e).error().code, QStringLiteral("store-result-final"));
    QCOMPARE(runs.markSent(run, 0).error().code, QStringLiteral("store-result-out-of-order"));
    QCOMPARE(
        runs.recordIntent(run + 1, 0, e).error().code, QStringLiteral("store-missing-reference"));
    const RunRecord counts = runs.run(run).value();
    QCOMPARE(counts.done, 1);
    QCOMPARE(counts.failed, 1);
}

void TestStoreRuns::unfinishedRuns()
{
    RunStore runs = m_store->runs();
    const qint64 a = newRun();
    const qint64 b = newRun();
    const qint64 c = newRun();
    const qint64 d = newRun();
    QVERIFY(runs.setState(b, RunState::Paused).ok());
    QVERIFY(runs.setState(c, RunState::Completed).ok());
    QVERIFY(runs.setState(d, RunState::Crashed).ok());
    QList<qint64> ids;
    const QList<RunRecord> unfinished = runs.unfinished().value();
    for (const RunRecord &r : unfinished)
        ids << r.id;
    QCOMPARE(ids, (QList<qint64> {a, b}));
    const QList<RunRecord> recent = runs.recent(2).value();
    QCOMPARE(recent.at(0).id, d);
    QCOMPARE(recent.at(1).state, RunState::Completed);
}

// Duration to the later of finish and last result; percentiles by nearest rank over the final
// results that have a latency (an unanswered or skipped one has none).
void TestStoreRuns::timingsComeFromTheTimingColumns()
{
    RunStore runs = m_store->runs();
    const qint64 measured = newRun();
    const qint64 e = addEvent();
    QList<QPair<int, qint64>> intents;
    QList<RunResult> results;
    for (int position = 0; position < 100; ++position) {
        intents.append({position, e});
        // Latencies 1..100 ms in shuffled order, so the store has to sort them.
        results.append({measured, position, e, RunResultState::Done, 1, 200, QString(),
            (position * 37) % 100 + 1, true});
    }
    intents.append({100, e}); // still in flight: no latency
    intents.append({101, e});
    results.append({measured, 101, e, RunResultState::Done, 0, 0, QString(), -1, false});
    results.last().skipped = true;
    QVERIFY(runs.recordBatch(measured, intents, results).ok());
    m_clock.advanceMs(4000);
    QVERIFY(runs.recordIntent(measured, 100, e).ok()); // the last row written
    m_clock.advanceMs(1000);
    QVERIFY(runs.setState(measured, RunState::Completed).ok());
    const qint64 cancelledEarly = newRun();
    QVERIFY(runs.recordIntent(cancelledEarly, 0, e).ok());
    QVERIFY(runs.setState(cancelledEarly, RunState::Cancelled).ok());
    m_clock.advanceMs(700); // an answer that came after the cancel
    QVERIFY(runs.recordResult(
                    {cancelledEarly, 0, e, RunResultState::Done, 1, 500, QString(), 650, false})
                .ok());
    const qint64 empty = newRun();

    const auto timings = runs.timings({measured, cancelledEarly, empty});
    QVERIFY(timings);
    const RunTiming m = timings.value().value(measured);
    QCOMPARE(m.runId, measured);
    QCOMPARE(m.durationMs, 5000);
    QCOMPARE(m.latencyP50Ms, 50);
    QCOMPARE(m.latencyP99Ms, 99);
    const RunTiming c = timings.value().value(cancelledEarly);
    QCOMPARE(c.durationMs, 700);
    QCOMPARE(c.latencyP50Ms, 650);
    QCOMPARE(c.latencyP99Ms, 650);
    const RunTiming none = timings.value().value(empty);
    QCOMPARE(none.runId, empty);
    QCOMPARE(none.durationMs, -1);
    QCOMPARE(none.latencyP50Ms, -1);
    QVERIFY(runs.timings({}).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRuns)
#include "tst_storeruns.moc"
