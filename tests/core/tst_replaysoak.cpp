#include "core/common/systemclock.h"
#include "core/receiver/receiver.h"
#include "core/replay/qttimersource.h"
#include "core/replay/replayengine.h"
#include "core/replay/runjournal.h"
#include "core/replay/sendertransport.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/storage/runstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The engine on real sockets against the local receiver injecting faults (500s, 429 with
// Retry-After, dropped connections, random latency): every event must be accepted exactly once
// (counted by dedup ID at the receiver) and every result recorded in the store. 300 events by
// default; EVENTSMITH_SOAK_EVENTS sets the count (2,000 under the `soak` label).
class TestReplaySoak final : public QObject
{
    Q_OBJECT

private slots:
    void faultSoak();

private:
    static QVector<ReplayEvent> events(int count);
};

QVector<ReplayEvent> TestReplaySoak::events(int count)
{
    static const char *const families[] = {"emails", "calls", "social", "crm"};
    static const char *const bodies[] = {
        R"({"eventTimestamp":"2024-02-03T10:%1:00Z","eventType":"sent","subject":"Soak %2",)"
        R"("body":{"text":"Hello"},"from":{"email":"qa@example.com"},)"
        R"("to":[{"email":"lead%2@example.com"}]})",
        R"({"eventTimestamp":"2024-02-03T10:%1:00Z","eventType":"transcript","title":"Call %2",)"
        R"("transcript":"QA: hello","participants":["lead%2@example.com"]})",
        R"({"eventTimestamp":"2024-02-03T10:%1:00Z","eventType":"message_sent",)"
        R"("body":{"text":"Hi %2"},"from":{"email":"qa@example.com"},)"
        R"("to":[{"email":"lead%2@example.com"}],"eventId":"social-%2"})",
        R"({"eventTimestamp":"2024-02-03T10:%1:00Z","eventType":"deal_won",)"
        R"("opportunityId":"opp-%2","opportunityName":"Deal %2"})"};
    QVector<ReplayEvent> list;
    for (int i = 0; i < count; ++i) {
        const int kind = i % 4;
        const QString minute = QStringLiteral("%1").arg(i % 60, 2, 10, QLatin1Char('0'));
        list.append({QLatin1String(families[kind]), QStringLiteral("soak %1").arg(i),
            QString::fromLatin1(bodies[kind]).arg(minute).arg(i).toUtf8(), {}, 0});
    }
    return list;
}

void TestReplaySoak::faultSoak()
{
    const int count = qEnvironmentVariableIntValue("EVENTSMITH_SOAK_EVENTS") > 0
        ? qEnvironmentVariableIntValue("EVENTSMITH_SOAK_EVENTS")
        : 300;
    auto schemas = SchemaSet::loadBuiltIn();
    QVERIFY(schemas.ok());
    ReceiverSettings settings;
    settings.faults.serverErrorRate = 0.20;
    settings.faults.rateLimitRate = 0.10;
    settings.faults.dropRate = 0.05;
    settings.faults.retryAfterSeconds = 1;
    settings.faults.latencyMinMs = 0;
    settings.faults.latencyMaxMs = 40;
    settings.seed = quint32(QRandomGenerator::global()->generate());
    Receiver receiver(schemas.value(), settings);
    QHash<QString, int> acceptedById; // family + dedup ID -> times accepted as new
    int duplicatesSeen = 0;
    receiver.setSink([&](const ReceivedRequest &r) {
        if (r.accepted())
            ++acceptedById[r.family + QLatin1Char(':') + r.dedupId];
        duplicatesSeen += r.duplicate ? 1 : 0;
    });
    const auto port = receiver.start();
    QVERIFY(port.ok());

    QTemporaryDir dir;
    EventStore store(&SystemClock::instance());
    QVERIFY(store.open(dir.filePath(QStringLiteral("store.db"))).ok());
    RunStore runs = store.runs();
    RunJournal journal(runs);
    ReplayOptions options;
    options.concurrency = 12;
    options.retry.maxAttempts = 25;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 400;
    options.retrySeed = settings.seed;
    SenderTransport transport(SenderTransport::sendersFor(options.concurrency));
    QtTimerSource timers;
    ReplayEngine engine(transport, SystemClock::instance(), timers);
    engine.setJournal(&journal);
    SendRequest request;
    request.target = TargetConfig::localReceiver();
    request.receiverPort = port.value();
    engine.setRequestTemplate(request);

    int results = 0;
    int failed = 0;
    int explainedDuplicates = 0;
    connect(&engine, &ReplayEngine::resultReady, this, [&](const ReplayResult &r) {
        if (r.position != results++)
            qWarning("result %d out of order", r.position);
        failed += r.passed() ? 0 : 1;
        if (!r.passed())
            qWarning("event %d failed: %s", r.position, qPrintable(r.reason));
        explainedDuplicates += r.duplicate == true && r.attempts > 1 ? 1 : 0;
    });
    QEventLoop loop;
    std::optional<ReplayEngine::Finish> finish;
    connect(&engine, &ReplayEngine::finished, &loop, [&](ReplayEngine::Finish how) {
        finish = how;
        loop.quit();
    });
    QTimer::singleShot(280000, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto runId = engine.start(events(count), options);
    QVERIFY2(runId.ok(), qPrintable(runId.error().message));
    loop.exec();
    const ReplayProgress progress = engine.progress();
    qInfo("seed %u: %d events in %lld ms: %lld retries, %.1f events/s, p50 %lld ms, p99 %lld ms",
        settings.seed, count, elapsed.elapsed(), progress.retries,
        count * 1000.0 / double(elapsed.elapsed()), progress.latencyP50Ms, progress.latencyP99Ms);

    QCOMPARE(finish, ReplayEngine::Finish::Completed);
    QCOMPARE(results, count);
    QCOMPARE(failed, 0);
    QVERIFY(progress.retries > count / 4); // the faults did happen
    // Exactly once at the receiver, counted by dedup ID; any duplicate is one the report explains.
    QCOMPARE(int(acceptedById.size()), count);
    for (auto it = acceptedById.cbegin(); it != acceptedById.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(duplicatesSeen, explainedDuplicates);
    const FamilyCounts totals = receiver.stats().total();
    QCOMPARE(totals.accepted, qint64(count));
    // Every result recorded.
    const RunRecord run = runs.run(runId.value()).value();
    QCOMPARE(run.state, RunState::Completed);
    QCOMPARE(run.done, qint64(count));
    QCOMPARE(run.passed, qint64(count));
    QVERIFY(runs.pending(runId.value()).value().isEmpty());
    QVERIFY(store.database().integrityCheck().ok());
}

QTEST_GUILESS_MAIN(TestReplaySoak)
#include "tst_replaysoak.moc"
