#include "tests/support/replayrig.h"

#include "core/replay/replayengine.h"
#include "core/replay/tokenbucket.h"

#include <QRandomGenerator>
#include <QtTest>

// The replay scheduler on a manual clock with a scripted transport: rate limit, concurrency,
// retries with Retry-After, order of results, pause/resume, cancel and stop rules.
class TestReplay final : public ReplayRigTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rateLimitAccuracy_data();
    void rateLimitAccuracy();
    void burstIsBounded();
    void concurrencyNeverExceeded_data();
    void concurrencyNeverExceeded();
    void concurrencyOneIsStrictOrder();
    void retryAfterHonoured();
    void retriesGiveUp();
    void resultsInSetOrder();
    void pauseAndResume();
    void cancelStopsAtOnce();
    void stopRules_data();
    void stopRules();
    void progressIsPeriodic();

private:
    ReplayEngine::Finish runToEnd(qint64 limitMs = 3600000);
};

void TestReplay::init()
{
    setUpRig();
    newRecordedEngine();
}

void TestReplay::cleanup()
{
    tearDownRig();
}

ReplayEngine::Finish TestReplay::runToEnd(qint64 limitMs)
{
    const bool done = m_timers->advanceUntil([this] { return m_finish.has_value(); }, limitMs);
    if (!done)
        qWarning("run did not finish within %lld simulated ms", limitMs);
    return m_finish.value_or(ReplayEngine::Finish::Failed);
}

void TestReplay::rateLimitAccuracy_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("burst");
    QTest::newRow("5/s") << 5.0 << 1;
    QTest::newRow("30/s (33.3 ms apart)") << 30.0 << 1;
    QTest::newRow("50/s burst 10") << 50.0 << 10;
    QTest::newRow("333/s") << 333.0 << 1;
    QTest::newRow("0.5/s") << 0.5 << 1;
}

void TestReplay::rateLimitAccuracy()
{
    QFETCH(double, rate);
    QFETCH(int, burst);
    ReplayOptions options;
    options.concurrency = 16;
    options.ratePerSecond = rate;
    options.rateBurst = burst;
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.latencyMs = 5 + (i * 7) % 40;
        return reply;
    });
    QVERIFY(m_engine->start(makeEmails(int(rate * 70) + 10), options).ok());
    m_timers->advance(60000);
    qint64 inMinute = 0;
    for (const auto &sent : std::as_const(m_transport->sends))
        inMinute += sent.atMs < 60000 ? 1 : 0;
    const double measured = double(inMinute) / 60.0;
    QVERIFY2(std::abs(measured - rate) <= rate * 0.02 + 1.0 / 60.0,
        qPrintable(QStringLiteral("%1 events/s measured, %2 asked").arg(measured).arg(rate)));
    m_engine->cancel();
}

void TestReplay::burstIsBounded()
{
    // After an idle spell (a pause) no more than `burst` requests leave at once.
    ReplayOptions options;
    options.concurrency = 50;
    options.ratePerSecond = 10;
    options.rateBurst = 4;
    QVERIFY(m_engine->start(makeEmails(200), options).ok());
    m_timers->advance(1000);
    m_engine->pause();
    m_timers->advance(30000);
    const int before = int(m_transport->sends.size());
    m_engine->resume();
    m_timers->advance(0);
    QCOMPARE(int(m_transport->sends.size()) - before, 4);
    // In any window of one second, at most rate + burst requests.
    m_timers->advance(5000);
    const auto &sends = m_transport->sends;
    for (int i = 0, j = 0; i < sends.size(); ++i) {
        while (sends[i].atMs - sends[j].atMs >= 1000)
            ++j;
        QVERIFY2(i - j + 1 <= 10 + 4, qPrintable(QString::number(sends[i].atMs)));
    }
    m_engine->cancel();
}

void TestReplay::concurrencyNeverExceeded_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("7") << 7;
    QTest::newRow("32") << 32;
}

void TestReplay::concurrencyNeverExceeded()
{
    QFETCH(int, concurrency);
    ReplayOptions options;
    options.concurrency = concurrency;
    options.retry.baseDelayMs = 100;
    auto *random = QRandomGenerator::global();
    const quint32 seed = random->generate();
    m_transport->setResponder([seed](const SendRequest &, int i) {
        QRandomGenerator draw(seed + quint32(i));
        FakeReply reply;
        reply.latencyMs = draw.bounded(1, 400);
        if (draw.bounded(10) == 0)
            reply.status = 503; // retried: the event keeps its slot while it waits
        return reply;
    });
    QVERIFY(m_engine->start(makeEmails(300), options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QVERIFY2(m_transport->maxInFlight <= concurrency, qPrintable(QString::number(seed)));
    QCOMPARE(m_transport->maxInFlight, concurrency);
    QCOMPARE(m_results.size(), 300);
}

void TestReplay::concurrencyOneIsStrictOrder()
{
    ReplayOptions options;
    options.concurrency = 1;
    options.retry.baseDelayMs = 50;
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.latencyMs = 100 - (i * 13) % 90;
        reply.status = i % 5 == 1 ? 500 : 200;
        return reply;
    });
    const auto events = makeEmails(40);
    QVERIFY(m_engine->start(events, options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    // Each event (retries included) finishes before the next one leaves.
    int position = 0;
    for (const auto &sent : std::as_const(m_transport->sends)) {
        while (sent.body != events[position].payload)
            ++position;
        QVERIFY(position < events.size());
    }
    QCOMPARE(position, events.size() - 1);
    QCOMPARE(m_transport->maxInFlight, 1);
}

void TestReplay::retryAfterHonoured()
{
    ReplayOptions options;
    options.retry.baseDelayMs = 10;
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.latencyMs = 20;
        if (i == 0) {
            reply.status = 429;
            reply.headers = {{"Retry-After", "7"}};
            reply.body = R"({"message":"slow down"})";
        }
        return reply;
    });
    QVERIFY(m_engine->start(makeEmails(1), options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QCOMPARE(m_transport->sends.size(), 2);
    QCOMPARE(m_transport->sends[1].atMs - m_transport->sends[0].atMs, 20 + 7000);
    QCOMPARE(m_results.size(), 1);
    QVERIFY(m_results[0].passed());
    QCOMPARE(m_results[0].attempts, 2);
}

void TestReplay::retriesGiveUp()
{
    ReplayOptions options;
    options.retry.maxAttempts = 3;
    options.retry.baseDelayMs = 100;
    m_transport->setResponder([](const SendRequest &, int) {
        FakeReply reply;
        reply.error = SendResult::ErrorKind::ConnectionReset;
        return reply;
    });
    QVERIFY(m_engine->start(makeEmails(2), options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QCOMPARE(m_transport->sends.size(), 6);
    QCOMPARE(m_results.size(), 2);
    QVERIFY(!m_results[0].passed());
    QCOMPARE(m_results[0].attempts, 3);
    QVERIFY2(m_results[0].reason.contains(QStringLiteral("ConnectionReset"), Qt::CaseInsensitive)
            || m_results[0].reason.contains(QStringLiteral("reset"), Qt::CaseInsensitive),
        qPrintable(m_results[0].reason));
}

void TestReplay::resultsInSetOrder()
{
    ReplayOptions options;
    options.concurrency = 8;
    QVector<int> answerOrder;
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.latencyMs = 500 - (i % 8) * 60; // later sends answer first
        return reply;
    });
    connect(m_transport.get(), &ReplayTransport::finished, this,
        [&answerOrder](const SendResult &r) { answerOrder << int(r.id); });
    QVERIFY(m_engine->start(makeEmails(64), options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QVERIFY(!std::is_sorted(answerOrder.cbegin(), answerOrder.cend()));
    QCOMPARE(m_results.size(), 64);
    for (int i = 0; i < m_results.size(); ++i)
        QCOMPARE(m_results[i].position, i);
}

void TestReplay::pauseAndResume()
{
    ReplayOptions options;
    options.concurrency = 2;
    QVector<ReplayEngine::State> states;
    connect(m_engine.get(), &ReplayEngine::stateChanged, this,
        [&states](ReplayEngine::State s) { states << s; });
    QVERIFY(m_engine->start(makeEmails(50), options).ok());
    m_timers->advance(55);
    m_engine->pause();
    QCOMPARE(m_engine->state(), ReplayEngine::State::Paused);
    const int sentAtPause = int(m_transport->sends.size());
    m_timers->advance(60000);
    QCOMPARE(int(m_transport->sends.size()), sentAtPause);
    QCOMPARE(m_transport->inFlight, 0); // what was on the wire came back and was recorded
    QVERIFY(!m_finish);
    m_engine->resume();
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    QCOMPARE(m_transport->sends.size(), 50);
    QCOMPARE(m_results.size(), 50);
    QCOMPARE(states,
        (QVector<ReplayEngine::State> {ReplayEngine::State::Running, ReplayEngine::State::Paused,
            ReplayEngine::State::Running, ReplayEngine::State::Finished}));
}

void TestReplay::cancelStopsAtOnce()
{
    ReplayOptions options;
    options.concurrency = 4;
    QVERIFY(m_engine->start(makeEmails(100), options).ok());
    m_timers->advance(35); // three rounds of 10 ms answers, four more on the wire
    m_engine->cancel();
    QCOMPARE(m_finish, ReplayEngine::Finish::Cancelled);
    QCOMPARE(m_engine->state(), ReplayEngine::State::Finished);
    const int sent = int(m_transport->sends.size());
    m_timers->advance(60000);
    QCOMPARE(int(m_transport->sends.size()), sent);
    QCOMPARE(m_results.size(), sent - 4);
    QCOMPARE(m_engine->progress().done, qint64(sent - 4));
}

void TestReplay::stopRules_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("maxFailures");
    QTest::addColumn<int>("expectedResults");
    // Events 2, 5, 7 and 9 are refused (400, not retried); strict order.
    QTest::newRow("never") << int(ReplayOptions::StopRule::Never) << 0 << 12;
    QTest::newRow("first failure") << int(ReplayOptions::StopRule::FirstFailure) << 0 << 3;
    QTest::newRow("after 3") << int(ReplayOptions::StopRule::AfterFailures) << 3 << 8;
}

void TestReplay::stopRules()
{
    QFETCH(int, rule);
    QFETCH(int, maxFailures);
    QFETCH(int, expectedResults);
    ReplayOptions options;
    options.concurrency = 1;
    options.stopRule = ReplayOptions::StopRule(rule);
    options.maxFailures = maxFailures;
    m_transport->setResponder([](const SendRequest &, int i) {
        FakeReply reply;
        reply.status = (i == 2 || i == 5 || i == 7 || i == 9) ? 400 : 200;
        return reply;
    });
    QVERIFY(m_engine->start(makeEmails(12), options).ok());
    const auto how = runToEnd();
    QCOMPARE(how, rule == 0 ? ReplayEngine::Finish::Completed : ReplayEngine::Finish::Stopped);
    QCOMPARE(m_results.size(), expectedResults);
    QCOMPARE(m_transport->sends.size(), expectedResults);
    const auto failed = std::count_if(
        m_results.cbegin(), m_results.cend(), [](const ReplayResult &r) { return !r.passed(); });
    QCOMPARE(int(failed), rule == 0 ? 4 : std::max(1, maxFailures));
    QVERIFY(m_results[2].reason.contains(QStringLiteral("expected status 2xx, got 400")));
}

void TestReplay::progressIsPeriodic()
{
    ReplayOptions options;
    options.concurrency = 2;
    options.ratePerSecond = 20;
    QVector<ReplayProgress> ticks;
    connect(m_engine.get(), &ReplayEngine::progressChanged, this,
        [&ticks](const ReplayProgress &p) { ticks << p; });
    QVERIFY(m_engine->start(makeEmails(100), options).ok());
    QCOMPARE(runToEnd(), ReplayEngine::Finish::Completed);
    // 100 events at 20/s take ~5 s: about 20 ticks plus the final one, never one per event.
    QVERIFY2(ticks.size() >= 19 && ticks.size() <= 22, qPrintable(QString::number(ticks.size())));
    const ReplayProgress mid = ticks[ticks.size() / 2];
    QVERIFY(mid.done > 0 && mid.done < 100);
    QVERIFY(std::abs(mid.eventsPerSecond - 20.0) < 2.0);
    QVERIFY(mid.etaMs > 0);
    QCOMPARE(mid.latencyP50Ms, 10);
    const ReplayProgress &last = ticks.last();
    QCOMPARE(last.done, 100);
    QCOMPARE(last.passed, 100);
    QCOMPARE(last.etaMs, 0);
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
