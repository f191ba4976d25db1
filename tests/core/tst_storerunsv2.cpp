#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"
#include "core/storage/schemamigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Schema version 2 of the run tables: the committed version-1 file migrates with its run kept,
// runs can end "stopped", results keep a skipped outcome and the exchange with its bodies.
class TestStoreRunsV2 final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesVersion1Run();
    void stoppedState();
    void outcomesCountSeparately_data();
    void outcomesCountSeparately();
    void bodiesRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<EventStore> m_store;
};

void TestStoreRunsV2::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(&m_clock);
}

void TestStoreRunsV2::migratesVersion1Run()
{
    const QString path = m_dir->filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(QStringLiteral(EVENTSMITH_TEST_DATA "/storage/store-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = m_store->open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(m_store->database().userVersion().value(), SchemaMigrator::CurrentVersion);
    QVERIFY(m_store->database().integrityCheck().ok());
    QSqlQuery fk(m_store->database().db());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && !fk.next());

    RunStore runs = m_store->runs();
    const RunRecord run = runs.recent(1).value().at(0);
    QCOMPARE(run.state, RunState::Paused);
    QCOMPARE(run.done, 1);
    QCOMPARE(run.passed, 1);
    QCOMPARE(run.failed, 0);
    QCOMPARE(run.skipped, 0);
    const QList<RunResult> results = runs.results(run.id).value();
    QCOMPARE(results.size(), 3); // kept, not cascaded away by the table rebuild
    QVERIFY(results.at(0).passed);
    QVERIFY(results.at(0).requestBody.isEmpty());
    // The migrated run goes on with the new columns.
    QVERIFY(runs.markSent(run.id, results.at(2).position).ok());
    RunResult done = results.at(2);
    done.skipped = true;
    done.requestBody = "{}";
    QVERIFY(runs.recordResult(done).ok());
    QCOMPARE(runs.run(run.id).value().skipped, 1);
    QVERIFY(runs.setState(run.id, RunState::Stopped).ok());
    QCOMPARE(runs.run(run.id).value().state, RunState::Stopped);
}

void TestStoreRunsV2::stoppedState()
{
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("new.db"))).ok());
    RunStore runs = m_store->runs();
    const qint64 id = runs.create({}).value();
    QVERIFY(runs.setState(id, RunState::Stopped).ok());
    const RunRecord run = runs.run(id).value();
    QCOMPARE(run.state, RunState::Stopped);
    QVERIFY(run.finishedAt.isValid());
    QCOMPARE(RunStore::stateName(RunState::Stopped), QStringLiteral("stopped"));
    QVERIFY(runs.unfinished().value().isEmpty());
}

void TestStoreRunsV2::outcomesCountSeparately_data()
{
    QTest::addColumn<bool>("passed");
    QTest::addColumn<bool>("skipped");
    QTest::addColumn<QList<int>>("counts"); // passed, failed, skipped
    QTest::newRow("passed") << true << false << QList<int> {1, 0, 0};
    QTest::newRow("failed") << false << false << QList<int> {0, 1, 0};
    QTest::newRow("skipped") << false << true << QList<int> {0, 0, 1};
}

void TestStoreRunsV2::outcomesCountSeparately()
{
    QFETCH(bool, passed);
    QFETCH(bool, skipped);
    QFETCH(QList<int>, counts);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("counts.db"))).ok());
    RunStore runs = m_store->runs();
    const qint64 id = runs.create({}).value();
    QVERIFY(runs.recordIntent(id, 0, 0).ok());
    RunResult r;
    r.runId = id;
    r.passed = passed;
    r.skipped = skipped;
    QVERIFY(runs.recordResult(r).ok());
    const RunRecord run = runs.run(id).value();
    QCOMPARE((QList<int> {int(run.passed), int(run.failed), int(run.skipped)}), counts);
    QCOMPARE(run.done, 1);
    QCOMPARE(runs.results(id).value().at(0).skipped, skipped);
}

void TestStoreRunsV2::bodiesRoundTrip()
{
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("bodies.db"))).ok());
    RunStore runs = m_store->runs();
    const qint64 id = runs.create({}).value();
    auto intent = runs.recordIntent(id, 7, 0);
    QVERIFY2(intent.ok(), qPrintable(intent.error().message));
    RunResult r;
    r.runId = id;
    r.position = 7;
    r.passed = true;
    r.requestUrl = QStringLiteral("http://127.0.0.1:1/x");
    r.requestHeadersJson = QStringLiteral(R"({"api_key":"***"})");
    r.requestBody = QByteArray("{\"a\":\"\xc3\xa9\"}\x00tail", 15);
    r.responseHeadersJson = QStringLiteral(R"({"Content-Type":"application/json"})");
    r.responseBody = "{\"ok\":true}";
    r.bodiesTruncated = true;
    QVERIFY(runs.recordResult(r).ok());
    const RunResult back = runs.results(id).value().at(0);
    QCOMPARE(back.requestUrl, r.requestUrl);
    QCOMPARE(back.requestHeadersJson, r.requestHeadersJson);
    QCOMPARE(back.requestBody, r.requestBody);
    QCOMPARE(back.responseHeadersJson, r.responseHeadersJson);
    QCOMPARE(back.responseBody, r.responseBody);
    QVERIFY(back.bodiesTruncated);
}

QTEST_GUILESS_MAIN(TestStoreRunsV2)
#include "tst_storerunsv2.moc"
