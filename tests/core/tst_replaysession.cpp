#include "core/replay/replaysession.h"

#include "core/receiver/receiver.h"
#include "core/replay/replayengine.h"
#include "core/replay/replayoptions.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// The replay wiring both front-ends share: the request goes to the receiver port it is given,
// the run is journaled in the store, the key is redacted, and a target nobody listens on ends
// the run as unreachable.
class TestReplaySession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsToTheGivenReceiverPortAndJournals();
    void nobodyListeningEndsTheRunAsUnreachable();

private:
    static QVector<ReplayEvent> deals(int count);
    static RunRecord record();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
    std::unique_ptr<EventStore> m_store;
};

QVector<ReplayEvent> TestReplaySession::deals(int count)
{
    QVector<ReplayEvent> events;
    for (int i = 0; i < count; ++i) {
        ReplayEvent event;
        event.family = QStringLiteral("crm");
        event.name = QStringLiteral("deal-%1").arg(i);
        event.payload = QStringLiteral(
            R"({"eventTimestamp": "2024-02-03T11:00:00Z", "eventType": "deal_won",)"
            R"( "opportunityId": "opp-%1", "opportunityName": "D", "amount": %1})")
                            .arg(i)
                            .toUtf8();
        events.append(event);
    }
    return events;
}

RunRecord TestReplaySession::record()
{
    RunRecord run;
    run.setName = QStringLiteral("deals");
    run.targetName = QStringLiteral("Local receiver");
    return run;
}

void TestReplaySession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_schemas = SchemaSet::loadBuiltIn().takeValue();
    m_validator = std::make_unique<Validator>(*m_schemas);
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("r.db"))));
}

void TestReplaySession::cleanup()
{
    m_store.reset();
    m_validator.reset();
    m_dir.reset();
}

void TestReplaySession::sendsToTheGivenReceiverPortAndJournals()
{
    Receiver receiver(*m_schemas);
    const auto port = receiver.start();
    QVERIFY(port);
    const QString key = QStringLiteral("key-that-must-not-show");
    ReplaySession session(
        *m_store, *m_validator, {TargetConfig::localReceiver(), key, port.value(), 2});
    QVERIFY(session.redactor().redactText(QStringLiteral("x ") + key).indexOf(key) < 0);
    std::optional<ReplayEngine::Finish> finished;
    QObject::connect(&session.engine(), &ReplayEngine::finished, &session.engine(),
        [&](ReplayEngine::Finish how, const ReplayProgress &) { finished = how; });
    const auto runId = session.engine().start(deals(3), ReplayOptions(), record());
    QVERIFY2(runId, qPrintable(runId ? QString() : runId.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 20000);
    QCOMPARE(*finished, ReplayEngine::Finish::Completed);
    QCOMPARE(session.engine().progress().passed, qint64(3));
    QVERIFY(!session.isUnreachable());
    QCOMPARE(receiver.inbox().size(), 3);
    const auto run = m_store->runs().run(runId.value());
    QVERIFY(run);
    QCOMPARE(run.value().setName, QStringLiteral("deals"));
    QCOMPARE(run.value().passed, qint64(3));
}

void TestReplaySession::nobodyListeningEndsTheRunAsUnreachable()
{
    QTcpServer probe; // a port that was free a moment ago and has nobody listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    ReplaySession session(*m_store, *m_validator, {TargetConfig::localReceiver(), {}, closed, 4});
    std::optional<ReplayEngine::Finish> finished;
    QObject::connect(&session.engine(), &ReplayEngine::finished, &session.engine(),
        [&](ReplayEngine::Finish how, const ReplayProgress &) { finished = how; });
    const auto runId = session.engine().start(deals(8), ReplayOptions(), record());
    QVERIFY(runId);
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 20000);
    QVERIFY(session.isUnreachable());
    QCOMPARE(*finished, ReplayEngine::Finish::Cancelled);
    QCOMPARE(session.engine().progress().passed, qint64(0));
    QVERIFY(m_store->runs().run(runId.value()));
}

QTEST_GUILESS_MAIN(TestReplaySession)
#include "tst_replaysession.moc"
