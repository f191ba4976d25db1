#include "tests/support/journaledreplay.h"

#include "core/replay/payloadrewriter.h"
#include "core/replay/replayplanner.h"

#include <QRegularExpression>
#include <QtTest>

// Template variables in replays: resolved per event with {{seq}} = position in the run, from a
// run seed and instant kept with the run, so a resume after a crash sends the very same bytes
// and the server dedups a "maybe sent" resend.
class TestTemplateSend final : public JournaledReplayTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resolvesByteExact_data();
    void resolvesByteExact();
    void sameEventSameBytes();
    void replayGivesDistinctUuidsAndSeq();
    void unknownVariableSkipsTheEvent();
    void optionsKeepSeedAndInstant();
    void resumeResendsTheSameBytes_data();
    void resumeResendsTheSameBytes();

private:
    bool runToEnd();
    static QVector<ReplayEvent> templateSet(int count);
    static QJsonObject object(const QByteArray &body)
    {
        return QJsonDocument::fromJson(body).object();
    }

    const QDateTime m_now {QDate(2024, 2, 3), QTime(10, 30), Qt::UTC};
};

void TestTemplateSend::init()
{
    setUpRig();
}

void TestTemplateSend::cleanup()
{
    tearDownRig();
}

bool TestTemplateSend::runToEnd()
{
    m_timers->advanceUntil([this] { return m_finish.has_value(); }, 3600000);
    return m_finish.has_value();
}

QVector<ReplayEvent> TestTemplateSend::templateSet(int count)
{
    const QByteArray body
        = R"({"eventId":"{{uuid}}","eventTimestamp":"{{now-2h}}",)"
          R"("eventType":"sent","subject":"n {{seq}}","body":{"text":"Hi"},)"
          R"("from":{"email":"{{random.email}}"},"to":[{"email":"b@example.com"}]})";
    return QVector<ReplayEvent>(count, ReplayEvent {QStringLiteral("emails"), {}, body, {}, 0});
}

void TestTemplateSend::resolvesByteExact_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no variables") << QByteArray(R"({"a": "b", "n": 1.0})") << qint64(1)
                                  << QByteArray(R"({"a": "b", "n": 1.0})");
    QTest::newRow("now, offsets, seq") << QByteArray(R"({"t":"{{now}}","u":"{{ now-2h }}",)"
                                                     R"( "v":"{{now+15m}}","s":"#{{seq}}"})")
                                       << qint64(7)
                                       << QByteArray(R"({"t":"2024-02-03T10:30:00Z",)"
                                                     R"("u":"2024-02-03T08:30:00Z", )"
                                                     R"("v":"2024-02-03T10:45:00Z","s":"#7"})");
    QTest::newRow("keys untouched") << QByteArray(R"({"{{seq}}": ["{{seq}}", 2]})") << qint64(3)
                                    << QByteArray(R"({"{{seq}}": ["3", 2]})");
    QTest::newRow("seeded random values")
        << QByteArray(R"({"id":"{{uuid}}","who":"{{random.name}}","at":"{{random.email}}"})")
        << qint64(1)
        << QByteArray(R"({"id":"a4a0557b-be41-4249-8758-28f38582de39","who":"Frances Hopper",)"
                      R"("at":"tim.lovelace534@example.org"})");
}

void TestTemplateSend::resolvesByteExact()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, seq);
    QFETCH(QByteArray, expected);
    Findings findings;
    QCOMPARE(PayloadRewriter::resolveTemplates(payload, seq, 42, m_now, {}, &findings), expected);
    QVERIFY(findings.isEmpty());
}

void TestTemplateSend::sameEventSameBytes()
{
    const QByteArray payload = templateSet(1).first().payload;
    const QByteArray third = PayloadRewriter::resolveTemplates(payload, 3, 99, m_now, {}, nullptr);
    PayloadRewriter::resolveTemplates(payload, 1, 99, m_now, {}, nullptr); // order does not matter
    QCOMPARE(PayloadRewriter::resolveTemplates(payload, 3, 99, m_now, {}, nullptr), third);
    QVERIFY(PayloadRewriter::resolveTemplates(payload, 4, 99, m_now, {}, nullptr) != third);
    QVERIFY(PayloadRewriter::resolveTemplates(payload, 3, 100, m_now, {}, nullptr) != third);
}

void TestTemplateSend::replayGivesDistinctUuidsAndSeq()
{
    const int count = 12;
    ReplayOptions options;
    options.concurrency = 3;
    options.templateSeed = 5;
    QVERIFY(m_engine->start(templateSet(count), options).ok());
    QVERIFY(runToEnd());
    QCOMPARE(m_transport->sends.size(), count);
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> ids;
    QSet<QString> subjects;
    for (const auto &sent : std::as_const(m_transport->sends)) {
        const QJsonObject body = object(sent.body);
        QVERIFY2(uuid.match(body.value(QStringLiteral("eventId")).toString()).hasMatch(),
            sent.body.constData());
        ids << body.value(QStringLiteral("eventId")).toString();
        subjects << body.value(QStringLiteral("subject")).toString();
        QCOMPARE(body.value(QStringLiteral("eventTimestamp")).toString(),
            QStringLiteral("2024-02-03T08:30:00Z"));
        QVERIFY(body.value(QStringLiteral("from"))
                    .toObject()
                    .value(QStringLiteral("email"))
                    .toString()
                    .contains(QLatin1Char('@')));
    }
    QCOMPARE(ids.size(), count);
    for (int seq = 1; seq <= count; ++seq)
        QVERIFY(subjects.contains(QStringLiteral("n %1").arg(seq)));
    QCOMPARE(m_results.size(), count);
    for (const ReplayResult &r : std::as_const(m_results)) {
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QCOMPARE(r.dedupId,
            QString::fromUtf8(
                r.exchange.requestBody.mid(12, 36))); // the explicit, resolved eventId
    }
}

void TestTemplateSend::unknownVariableSkipsTheEvent()
{
    QVector<ReplayEvent> events = templateSet(3);
    events[1].payload.replace("n {{seq}}", "n {{sequence}}");
    QVERIFY(m_engine->start(events, ReplayOptions()).ok());
    QVERIFY(runToEnd());
    QCOMPARE(m_transport->sends.size(), 2);
    QCOMPARE(m_results.size(), 3);
    QCOMPARE(m_results[1].outcome, ReplayResult::Outcome::Skipped);
    QVERIFY2(m_results[1].reason.contains(QStringLiteral("unknown variable {{sequence}}")),
        qPrintable(m_results[1].reason));
    QVERIFY(m_results[1].reason.contains(QStringLiteral("/subject")));
    for (const auto &sent : std::as_const(m_transport->sends))
        QVERIFY(!sent.body.contains("{{"));
}

void TestTemplateSend::optionsKeepSeedAndInstant()
{
    ReplayOptions options;
    QVERIFY(ReplayPlanner::settle(options, templateSet(2), *m_clock).ok());
    QVERIFY(options.templateSeed != 0);
    QCOMPARE(options.templateNow, m_now);
    const auto back = ReplayOptions::fromJson(options.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().templateSeed, options.templateSeed);
    QCOMPARE(back.value().templateNow, m_now);
    const auto first = ReplayPlanner::plan(templateSet(4), options, nullptr);
    m_clock->advanceMs(3600000); // a resume an hour later plans from the stored options
    const auto again = ReplayPlanner::plan(templateSet(4), back.value(), nullptr);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(again[i].body, first[i].body);
}

void TestTemplateSend::resumeResendsTheSameBytes_data()
{
    QTest::addColumn<qint64>("crashAtMs");
    for (qint64 at : {0, 15, 40, 77, 120})
        QTest::addRow("crash at %lld ms", at) << at;
}

void TestTemplateSend::resumeResendsTheSameBytes()
{
    QFETCH(qint64, crashAtMs);
    const auto events = templateSet(30);
    ReplayOptions options;
    options.concurrency = 5;
    const auto runId = m_engine->start(events, options);
    QVERIFY(runId.ok());
    m_timers->advance(crashAtMs);
    m_engine.reset(); // the process dies with requests on the wire
    const int sentBefore = int(m_transport->sends.size());
    m_clock->advanceMs(90000); // restarted later: {{now}} must not move
    newEngine();
    QVERIFY(m_engine->resumeRun(runId.value(), events).ok());
    QVERIFY(runToEnd());
    QHash<QString, QByteArray> bodyById; // subject "n <seq>" -> the body sent
    for (int i = 0; i < m_transport->sends.size(); ++i) {
        const QByteArray &body = m_transport->sends[i].body;
        const QString subject = object(body).value(QStringLiteral("subject")).toString();
        if (bodyById.contains(subject))
            QCOMPARE(body, bodyById.value(subject)); // a resend: byte for byte the first attempt
        bodyById.insert(subject, body);
    }
    QCOMPARE(bodyById.size(), 30);
    QCOMPARE(m_server.accepted.size(), 30); // the server saw 30 distinct eventIds
    for (auto it = m_server.accepted.cbegin(); it != m_server.accepted.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(sentBefore <= m_transport->sends.size());
    QCOMPARE(m_results.size(), 30);
    for (const ReplayResult &r : std::as_const(m_results))
        QVERIFY2(r.passed(), qPrintable(r.reason));
}

QTEST_GUILESS_MAIN(TestTemplateSend)
#include "tst_templatesend.moc"
