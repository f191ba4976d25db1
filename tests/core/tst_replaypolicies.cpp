#include "tests/support/replayrig.h"

#include "core/net/sendresult.h"
#include "core/replay/payloadrewriter.h"
#include "core/replay/replayengine.h"
#include "core/replay/replaysetreader.h"
#include "core/replay/rundiff.h"
#include "core/schema/schemaset.h"
#include "core/validation/validator.h"

#include <QtTest>

// What the replay decides per event: expectations, the eventId and timestamp policies, invalid
// events (skip, send anyway, dry run) and the diff of two runs.
class TestReplayPolicies final : public ReplayRigTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void expectations_data();
    void expectations();
    void expectationFromJson_data();
    void expectationFromJson();
    void keepPolicyLeavesBodiesAlone();
    void freshEventIds();
    void freshIdsDefeatServerDedup();
    void rebaseTimestamps();
    void invalidEvents_data();
    void invalidEvents();
    void diffOfTwoRuns();
    void diffCountsOnlyVisibleChanges();
    void readsSetFiles();

private:
    QVector<ReplayResult> run(const QVector<ReplayEvent> &events, const ReplayOptions &options,
        const Validator *validator = nullptr);

    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
};

void TestReplayPolicies::initTestCase()
{
    auto schemas = SchemaSet::loadBuiltIn();
    QVERIFY2(schemas.ok(), qPrintable(schemas.error().message));
    m_schemas = schemas.takeValue();
}

void TestReplayPolicies::init()
{
    setUpRig();
    m_validator = std::make_unique<Validator>(*m_schemas, m_clock.get());
}

QVector<ReplayResult> TestReplayPolicies::run(
    const QVector<ReplayEvent> &events, const ReplayOptions &options, const Validator *validator)
{
    ReplayEngine engine(*m_transport, *m_clock, *m_timers);
    engine.setValidator(validator);
    QVector<ReplayResult> results;
    bool finished = false;
    connect(&engine, &ReplayEngine::resultReady, this,
        [&results](const ReplayResult &r) { results << r; });
    connect(&engine, &ReplayEngine::finished, this, [&finished] { finished = true; });
    const auto started = engine.start(events, options);
    if (!started.ok())
        qWarning("start failed: %s", qPrintable(started.error().message));
    m_timers->advanceUntil([&finished] { return finished; }, 3600000);
    return results;
}

void TestReplayPolicies::expectations_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("ownDuplicate");
    QTest::addColumn<QString>("failure"); // empty: passes
    const QByteArray fresh = FakeTransport::envelope(QStringLiteral("r1"), false);
    const QByteArray dup = FakeTransport::envelope(QStringLiteral("r1"), true);
    const QByteArray ignored = FakeTransport::envelope(QStringLiteral("r1"), false, false);
    const int none = int(SendResult::ErrorKind::None);
    QTest::newRow("default 200") << QByteArray("{}") << 200 << fresh << none << false << "";
    QTest::newRow("default 204") << QByteArray("{}") << 204 << QByteArray() << none << false << "";
    QTest::newRow("default 500") << QByteArray("{}") << 500 << QByteArray() << none << false
                                 << "expected status 2xx, got 500";
    QTest::newRow("no answer") << QByteArray("{}") << 0 << QByteArray()
                               << int(SendResult::ErrorKind::ConnectionRefused) << false
                               << "no HTTP answer";
    QTest::newRow("400 wanted") << QByteArray(R"({"status":400})") << 400 << QByteArray() << none
                                << false << "";
    QTest::newRow("400 wanted, 200 got") << QByteArray(R"({"status":400})") << 200 << fresh << none
                                         << false << "expected status 400, got 200";
    QTest::newRow("4xx class") << QByteArray(R"({"status":"4xx"})") << 422 << QByteArray() << none
                               << false << "";
    QTest::newRow("duplicate wanted")
        << QByteArray(R"({"duplicate":true})") << 200 << dup << none << false << "";
    QTest::newRow("duplicate wanted, fresh got")
        << QByteArray(R"({"duplicate":true})") << 200 << fresh << none << false
        << "expected duplicate true, got false";
    QTest::newRow("unexpected duplicate") << QByteArray(R"({"duplicate":false})") << 200 << dup
                                          << none << false << "expected duplicate false, got true";
    QTest::newRow("own duplicate explained")
        << QByteArray(R"({"duplicate":false})") << 200 << dup << none << true << "";
    QTest::newRow("shouldProcess false wanted")
        << QByteArray(R"({"shouldProcess":false})") << 200 << ignored << none << false << "";
    QTest::newRow("shouldProcess true wanted")
        << QByteArray(R"({"shouldProcess":true})") << 200 << ignored << none << false
        << "expected shouldProcess true, got false";
    QTest::newRow("shouldProcess, no envelope")
        << QByteArray(R"({"shouldProcess":true})") << 200 << QByteArray("ok") << none << false
        << "the answer has none";
}

void TestReplayPolicies::expectations()
{
    QFETCH(QByteArray, expect);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(bool, ownDuplicate);
    QFETCH(QString, failure);
    const auto parsed = ReplayExpectation::fromJson(QJsonDocument::fromJson(expect).object());
    QVERIFY(parsed.ok());
    SendResult result;
    result.status = status;
    result.errorKind = SendResult::ErrorKind(error);
    result.responseBody = body;
    result.envelope = ResponseEnvelope::parse(body);
    const auto verdict = parsed.value().check(result, ownDuplicate);
    QCOMPARE(verdict.passed, failure.isEmpty());
    QVERIFY2(verdict.reason.contains(failure), qPrintable(verdict.reason));
    // The same through the engine, with the expectation on the event.
    auto events = makeEmails(1);
    events[0].expect = parsed.value();
    m_transport->setResponder([&](const SendRequest &, int) {
        FakeReply reply;
        reply.status = status;
        reply.body = body.isEmpty() ? QByteArray(" ") : body;
        reply.error = SendResult::ErrorKind(error);
        return reply;
    });
    ReplayOptions options;
    options.retry.maxAttempts = 1;
    const auto results = run(events, options);
    QCOMPARE(results.size(), 1);
    if (!ownDuplicate)
        QCOMPARE(results[0].passed(), failure.isEmpty());
}

void TestReplayPolicies::expectationFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QByteArray("{}") << true;
    QTest::newRow("status") << QByteArray(R"({"status":201})") << true;
    QTest::newRow("class") << QByteArray(R"({"status":"5xx"})") << true;
    QTest::newRow("bad class") << QByteArray(R"({"status":"2x"})") << false;
    QTest::newRow("status out of range") << QByteArray(R"({"status":42})") << false;
    QTest::newRow("duplicate not bool") << QByteArray(R"({"duplicate":"yes"})") << false;
}

void TestReplayPolicies::expectationFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const auto parsed = ReplayExpectation::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(QJsonDocument(parsed.value().toJson()).toJson(QJsonDocument::Compact),
            QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

void TestReplayPolicies::keepPolicyLeavesBodiesAlone()
{
    const auto events = makeEmails(5);
    run(events, ReplayOptions());
    QCOMPARE(m_transport->sends.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_transport->sends[i].body, events[i].payload);
}

void TestReplayPolicies::freshEventIds()
{
    const QByteArray explicitId = R"({"eventType":"sent", "eventId" : "abc\"1"})";
    QCOMPARE(PayloadRewriter::freshEventId(
                 explicitId, QStringLiteral("emails"), QStringLiteral("r7"), QStringLiteral("x")),
        QByteArray(R"({"eventType":"sent", "eventId" : "abc\"1-r7"})"));
    const QByteArray autoId = "{\n  \"eventType\": \"sent\"\n}";
    QCOMPARE(PayloadRewriter::freshEventId(autoId, QStringLiteral("emails"), QStringLiteral("r7"),
                 QStringLiteral("0123456789abcdef0123")),
        QByteArray("{\"eventId\":\"auto-0123456789abcdef-r7\",\n  \"eventType\": \"sent\"\n}"));
    const QByteArray crm = R"({"opportunityId":"o1","eventType":"deal_won"})";
    QCOMPARE(PayloadRewriter::freshEventId(
                 crm, QStringLiteral("crm"), QStringLiteral("r7"), QStringLiteral("x")),
        crm);
    QCOMPARE(PayloadRewriter::freshEventId(
                 "{}", QStringLiteral("calls"), QStringLiteral("r7"), QStringLiteral("ff")),
        QByteArray(R"({"eventId":"auto-ff-r7"})"));
    // Through the engine: the bodies carry the suffix and the result's dedup ID follows them.
    ReplayOptions options;
    options.eventIds = ReplayOptions::EventIdPolicy::Fresh;
    options.runSuffix = QStringLiteral("run42");
    const auto results = run(makeEmails(3), options);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString id = FakeDedupServer::eventIdOf(m_transport->sends[i].body);
        QCOMPARE(id, QStringLiteral("e-%1-run42").arg(i));
        QCOMPARE(results[i].dedupId, id);
    }
}

void TestReplayPolicies::freshIdsDefeatServerDedup()
{
    FakeDedupServer server;
    m_transport->setResponder([&server](const SendRequest &r, int) { return server.answer(r); });
    const auto events = makeEmails(4);
    ReplayOptions keep;
    run(events, keep);
    const auto again = run(events, keep);
    QCOMPARE(again.size(), 4);
    QVERIFY(std::all_of(
        again.cbegin(), again.cend(), [](const ReplayResult &r) { return r.duplicate == true; }));
    ReplayOptions fresh;
    fresh.eventIds = ReplayOptions::EventIdPolicy::Fresh;
    const auto third = run(events, fresh);
    QVERIFY(std::all_of(third.cbegin(), third.cend(),
        [](const ReplayResult &r) { return r.duplicate != true && r.passed(); }));
}

void TestReplayPolicies::rebaseTimestamps()
{
    auto events = makeEmails(3);
    std::swap(events[0], events[1]); // the earliest is not the first in set order
    events[2].payload.replace("\"eventTimestamp\":", "\"eventTimestamp\" :  ");
    ReplayOptions options;
    options.timestamps = ReplayOptions::TimestampPolicy::Rebase;
    options.rebaseTo = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);
    run(events, options);
    QCOMPARE(m_transport->sends.size(), 3);
    QStringList stamps;
    for (const auto &sent : std::as_const(m_transport->sends))
        stamps << PayloadRewriter::timestamp(sent.body)->toString(Qt::ISODate);
    QCOMPARE(stamps,
        QStringList({QStringLiteral("2025-06-01T08:01:00Z"), QStringLiteral("2025-06-01T08:00:00Z"),
            QStringLiteral("2025-06-01T08:02:00Z")}));
    // Only the timestamp changed, formatting included.
    QByteArray expected = events[2].payload;
    expected.replace("2024-02-03T10:02:00Z", "2025-06-01T08:02:00.000Z");
    QCOMPARE(m_transport->sends[2].body, expected);
    // Without a rebase instant the run takes "now" from the clock.
    ReplayOptions now;
    now.timestamps = ReplayOptions::TimestampPolicy::Rebase;
    m_transport->sends.clear();
    const QDateTime startedAt = m_clock->now();
    run(makeEmails(2), now);
    QCOMPARE(*PayloadRewriter::timestamp(m_transport->sends[0].body), startedAt);
}

void TestReplayPolicies::invalidEvents_data()
{
    QTest::addColumn<bool>("sendInvalid");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("sends");
    QTest::addColumn<QStringList>("outcomes");
    QTest::newRow("skip") << false << false << 2
                          << QStringList {QStringLiteral("passed"), QStringLiteral("skipped"),
                                 QStringLiteral("passed")};
    QTest::newRow("send anyway") << true << false << 3
                                 << QStringList {QStringLiteral("passed"), QStringLiteral("passed"),
                                        QStringLiteral("passed")};
    QTest::newRow("dry run") << false << true << 0
                             << QStringList {QStringLiteral("passed"), QStringLiteral("failed"),
                                    QStringLiteral("passed")};
}

void TestReplayPolicies::invalidEvents()
{
    QFETCH(bool, sendInvalid);
    QFETCH(bool, dryRun);
    QFETCH(int, sends);
    QFETCH(QStringList, outcomes);
    auto events = makeEmails(3);
    events[1].payload.replace(R"("to":[{"email":"b@example.com"}],)", "");
    ReplayOptions options;
    options.invalid
        = sendInvalid ? ReplayOptions::InvalidPolicy::Send : ReplayOptions::InvalidPolicy::Skip;
    options.dryRun = dryRun;
    const auto results = run(events, options, m_validator.get());
    QCOMPARE(m_transport->sends.size(), sends);
    QStringList got;
    for (const auto &r : results)
        got << ReplayResult::outcomeName(r.outcome);
    QCOMPARE(got, outcomes);
    QVERIFY2(results[1].reason.contains(QStringLiteral("to")), qPrintable(results[1].reason));
}

void TestReplayPolicies::diffOfTwoRuns()
{
    const auto row = [](int position, bool passed, int status, const QString &reason = {}) {
        RunResult r;
        r.position = position;
        r.state = RunResultState::Done;
        r.passed = passed;
        r.finalStatus = status;
        r.failureReason = reason;
        return r;
    };
    RunResult pending = row(4, false, 0);
    pending.state = RunResultState::Sent;
    const QList<RunResult> first {row(0, true, 200), row(1, false, 500, QStringLiteral("got 500")),
        row(2, true, 200), row(3, false, 400, QStringLiteral("got 400")), row(5, true, 200)};
    const QList<RunResult> second {row(0, true, 200), row(1, true, 200),
        row(2, false, 503, QStringLiteral("got 503")),
        row(3, false, 422, QStringLiteral("got 422")), pending};
    const auto changes = RunDiff::compare(first, second);
    QStringList got;
    for (const auto &c : changes)
        got << QStringLiteral("%1 %2").arg(c.position).arg(RunDiff::kindName(c.kind));
    QCOMPARE(got,
        QStringList({QStringLiteral("1 fixed"), QStringLiteral("2 broken"),
            QStringLiteral("3 changed"), QStringLiteral("5 only-in-first")}));
    QCOMPARE(changes[1].after, QStringLiteral("failed 503: got 503"));
}

// Passed events whose notes differ (a duplicate explained in one run only) read "passed 200"
// in both runs: they are not changed. A row that does change says what changed and names its
// event.
void TestReplayPolicies::diffCountsOnlyVisibleChanges()
{
    const auto row = [](int position, const QString &outcome, int status, const QString &reason) {
        RunResult r;
        r.position = position;
        r.state = RunResultState::Done;
        r.passed = outcome == QLatin1String("passed");
        r.skipped = outcome == QLatin1String("skipped");
        r.finalStatus = status;
        r.failureReason = reason;
        r.responseSummary = QStringLiteral("{\"name\":\"Welcome email %1\"}").arg(position);
        return r;
    };
    const QString explained = QStringLiteral("duplicate: resent after an interruption");
    const QList<RunResult> first {row(0, QStringLiteral("passed"), 200, {}),
        row(1, QStringLiteral("passed"), 200, explained), row(2, QStringLiteral("passed"), 200, {}),
        row(3, QStringLiteral("failed"), 500, QStringLiteral("got 500")),
        row(4, QStringLiteral("failed"), 0, QStringLiteral("skipped: 1 error finding")),
        row(5, QStringLiteral("failed"), 400, QStringLiteral("got 400"))};
    QList<RunResult> second {row(0, QStringLiteral("passed"), 200, explained),
        row(1, QStringLiteral("passed"), 200, {}),
        row(2, QStringLiteral("passed"), 200, QStringLiteral("sent despite validation errors")),
        row(3, QStringLiteral("failed"), 500, QStringLiteral("got 500 after 3 attempts")),
        row(4, QStringLiteral("skipped"), 0, QStringLiteral("skipped: 1 error finding")),
        row(5, QStringLiteral("passed"), 200, {})};
    const auto changes = RunDiff::compare(first, second);
    QStringList got;
    for (const auto &c : changes)
        got << QStringLiteral("%1 %2 %3 [%4]")
                   .arg(c.position)
                   .arg(c.name, RunDiff::kindName(c.kind), RunDiff::fieldNames(c.changed));
    QCOMPARE(got,
        QStringList({QStringLiteral("3 Welcome email 3 changed [reason]"),
            QStringLiteral("4 Welcome email 4 changed [outcome]"),
            QStringLiteral("5 Welcome email 5 fixed [outcome, status, reason]")}));
    for (const auto &c : changes)
        QVERIFY2(c.before != c.after, qPrintable(c.before));
    QCOMPARE(changes[0].after, QStringLiteral("failed 500: got 500 after 3 attempts"));
    QCOMPARE(changes[1].before, QStringLiteral("failed -: skipped: 1 error finding"));
    QCOMPARE(changes[1].after, QStringLiteral("skipped -: skipped: 1 error finding"));
    QCOMPARE(changes[2].after, QStringLiteral("passed 200"));
}

void TestReplayPolicies::readsSetFiles()
{
    const auto set
        = ReplaySetReader::read(QStringLiteral(EVENTSMITH_TEST_DATA "/replay/mixed.events.json"));
    QVERIFY2(set.ok(), qPrintable(set.error().message));
    const auto &events = set.value();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[1].family, QStringLiteral("calls"));
    QCOMPARE(events[1].name, QStringLiteral("call, auto ID"));
    QVERIFY(events[0].expect.isDefault());
    QCOMPARE(events[1].expect.status, 200);
    QCOMPARE(events[1].expect.shouldProcess, true);
    QCOMPARE(events[2].expect.duplicate, false);
    QCOMPARE(events[3].expect.statusClass, 4);
    QCOMPARE(
        QJsonDocument::fromJson(events[2].payload).object().value(QStringLiteral("opportunityId")),
        QJsonValue(QStringLiteral("opp-9")));
    // Validation finds the invalid one; the set replays with it skipped.
    const auto results = run(events, ReplayOptions(), m_validator.get());
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[3].outcome, ReplayResult::Outcome::Skipped);
    QCOMPARE(m_transport->sends.size(), 3);
    const auto bad
        = ReplaySetReader::read(QStringLiteral(EVENTSMITH_TEST_DATA "/replay/bad-expect.ndjson"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("bad-expect.ndjson:2")),
        qPrintable(bad.error().message));
}

QTEST_GUILESS_MAIN(TestReplayPolicies)
#include "tst_replaypolicies.moc"
