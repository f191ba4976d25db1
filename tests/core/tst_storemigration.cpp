#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/schemasql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

// Schema versions: opening the committed version-1 file, refusing newer files untouched,
// rolling back a failing migration step, and two processes creating one new file at once.
class TestStoreMigration final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensVersion1File();
    void migratedSchemaMatchesFreshSchema();
    void refusesNewerDatabase();
    void failingStepRollsBack();
    void successfulStepRaisesVersion();
    void writeVersion1Fixture();
    void migratesVersion4RunResults();
    void twoOpenersOfANewFileBothSucceed();

private:
    QString copyFixture();
    static QByteArray fileHash(const QString &path);
    static QStringList schemaOf(const QString &path);
    static QVariant rawScalar(const QString &path, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
};

namespace {

const QString fixturePath = QStringLiteral(EVENTSMITH_TEST_DATA "/storage/store-v1.db");

// A plain SQLite connection beside the store, to look at the file the way a tool would.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name = QStringLiteral("raw-%1").arg(quintptr(this));
    QSqlDatabase m_db;
};

} // namespace

void TestStoreMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreMigration::cleanup()
{
    SchemaMigrator::setExtraStepForTesting({});
}

QString TestStoreMigration::copyFixture()
{
    const QString copy = m_dir->filePath(QStringLiteral("v1.db"));
    QFile::copy(fixturePath, copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QByteArray TestStoreMigration::fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant TestStoreMigration::rawScalar(const QString &path, const QString &sql)
{
    RawDb raw(path);
    QSqlQuery query(raw.db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList TestStoreMigration::schemaOf(const QString &path)
{
    RawDb raw(path);
    QSqlQuery query(raw.db());
    QStringList schema;
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
    while (query.next())
        schema << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                + QLatin1Char(' ') + query.value(2).toString();
    return schema;
}

void TestStoreMigration::opensVersion1File()
{
    QVERIFY(QFile::exists(fixturePath));
    QCOMPARE(rawScalar(fixturePath, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EventStore store(&m_clock);
    auto opened = store.open(copyFixture());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(store.database().userVersion().value(), SchemaMigrator::CurrentVersion);
    QVERIFY(store.database().integrityCheck().ok());

    QCOMPARE(store.count().value(), 5);
    QCOMPARE(store.count({QStringLiteral("emails")}).value(), 2);
    const QList<StoredEvent> events = store.pageAfter(0, 10).value();
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(0).name, QStringLiteral("Welcome email"));
    QCOMPARE(events.at(4).name, QStringLiteral("Zoë's café ☕"));
    QCOMPARE(store.search(QStringLiteral("kickoff"), 0, 10).value().size(), 1);

    const EventSet set = store.sets().byName(QStringLiteral("Onboarding")).value();
    QCOMPARE(store.sets().members(set.id).value(),
        (QList<qint64> {events.at(2).id, events.at(0).id, events.at(1).id}));
    const Target target = store.targets().byName(QStringLiteral("Local receiver")).value();
    QCOMPARE(target.keySource, KeySource::Environment);
    QCOMPARE(target.keyName, QStringLiteral("OCTAVE_API_KEY"));
    const QList<SendRecord> history = store.history().forEvent(events.at(0).id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).responseStatus, 200);

    const RunRecord run = store.runs().recent(1).value().at(0);
    QCOMPARE(run.state, RunState::Paused);
    QCOMPARE(run.done, 1);
    QCOMPARE(run.passed, 1);
    const QList<RunResult> results = store.runs().results(run.id).value();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).state, RunResultState::Done);
    QCOMPARE(results.at(1).state, RunResultState::Sent);
    QCOMPARE(results.at(2).state, RunResultState::Intent);
}

void TestStoreMigration::migratedSchemaMatchesFreshSchema()
{
    const QString migrated = copyFixture();
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.db"));
    {
        EventStore a(&m_clock);
        QVERIFY(a.open(migrated).ok());
        EventStore b(&m_clock);
        QVERIFY(b.open(fresh).ok());
    }
    QCOMPARE(schemaOf(migrated), schemaOf(fresh));
}

void TestStoreMigration::refusesNewerDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.db"));
    {
        EventStore store(&m_clock);
        QVERIFY(store.open(path).ok());
        QVERIFY(store
                    .insertEvent({0, QStringLiteral("emails"), QStringLiteral("sent"),
                        QStringLiteral("kept"), QStringLiteral("{}")})
                    .ok());
    }
    {
        RawDb raw(path);
        QVERIFY(QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = fileHash(path);
    EventStore store(&m_clock);
    auto opened = store.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store-too-new"));
    QVERIFY(opened.error().message.contains(QStringLiteral("999")));
    QVERIFY(opened.error().message.contains(
        QStringLiteral("up to %1").arg(SchemaMigrator::CurrentVersion)));
    QVERIFY(opened.error().message.contains(QStringLiteral("Update Eventsmith")));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 999);
}

void TestStoreMigration::failingStepRollsBack()
{
    const QString path = copyFixture();
    SchemaMigrator::setExtraStepForTesting([](QSqlDatabase &db) -> Result<> {
        QSqlQuery query(db);
        query.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER)"));
        query.exec(QStringLiteral("UPDATE events SET name = 'changed'"));
        query.exec(QStringLiteral("DELETE FROM sets"));
        return Error {QStringLiteral("test-step"), QStringLiteral("the injected step failed")};
    });
    EventStore store(&m_clock);
    auto opened = store.open(path);
    QCOMPARE(opened.error().code, QStringLiteral("store-migration-failed"));
    QVERIFY(opened.error().message.contains(QStringLiteral("the injected step failed")));
    QVERIFY(opened.error().message.contains(
        QStringLiteral("version %1").arg(SchemaMigrator::CurrentVersion + 1)));
    QVERIFY(!store.isOpen());

    QCOMPARE(
        rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1); // the fixture's version
    QCOMPARE(rawScalar(path,
                 QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                 .toInt(),
        0);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM events WHERE name = 'changed'"))
                 .toInt(),
        0);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM sets")).toInt(), 1);

    SchemaMigrator::setExtraStepForTesting({});
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.count().value(), 5);
    QVERIFY(store.database().integrityCheck().ok());
}

void TestStoreMigration::successfulStepRaisesVersion()
{
    const QString path = copyFixture();
    SchemaMigrator::setExtraStepForTesting([](QSqlDatabase &db) -> Result<> {
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("ALTER TABLE events ADD COLUMN note TEXT NOT NULL DEFAULT ''")))
            return Error {QStringLiteral("test-step"), query.lastError().text()};
        return {};
    });
    {
        EventStore store(&m_clock);
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.database().userVersion().value(), SchemaMigrator::CurrentVersion + 1);
        QCOMPARE(store.count().value(), 5);
    }
    SchemaMigrator::setExtraStepForTesting({});
    EventStore older(&m_clock);
    QCOMPARE(older.open(path).error().code, QStringLiteral("store-too-new"));
}

// Not a check: regenerates tests/data/storage/store-v1.db when EVENTSMITH_WRITE_STORE_FIXTURE
// names the output file. Run once per schema version, from the code of that version.
void TestStoreMigration::writeVersion1Fixture()
{
    const QString out = qEnvironmentVariable("EVENTSMITH_WRITE_STORE_FIXTURE");
    if (out.isEmpty())
        QSKIP("set EVENTSMITH_WRITE_STORE_FIXTURE to write the fixture");
    QCOMPARE(SchemaMigrator::CurrentVersion, 1);
    QFile::remove(out);
    EventStore store(&m_clock);
    QVERIFY(store.open(out).ok());
    QList<qint64> ids
        = store
              .bulkInsert({
                  {0, QStringLiteral("emails"), QStringLiteral("sent"),
                      QStringLiteral("Welcome email"), QStringLiteral("{\"subject\": \"Welcome\"}"),
                      QStringLiteral("d1"), EventValidity::Valid},
                  {0, QStringLiteral("emails"), QStringLiteral("reply"), QStringLiteral("Reply"),
                      QStringLiteral("{\"subject\": \"Re: Welcome\"}"), QStringLiteral("d2"),
                      EventValidity::Unknown},
                  {0, QStringLiteral("calls"), QStringLiteral("transcript"),
                      QStringLiteral("Kickoff call"), QStringLiteral("{\"title\": \"Kickoff\"}"),
                      QStringLiteral("d3"), EventValidity::Invalid},
                  {0, QStringLiteral("crm"), QStringLiteral("deal_won"), QStringLiteral("Deal won"),
                      QStringLiteral("{\"opportunityId\": \"o-7\"}"), QStringLiteral("d4"),
                      EventValidity::Valid},
                  {0, QStringLiteral("social"), QStringLiteral("message_sent"),
                      QStringLiteral("Zoë's café ☕"), QStringLiteral("{\"body\": \"née\"}"),
                      QStringLiteral(""), EventValidity::Valid},
              })
              .value();
    const qint64 set = store.sets()
                           .create(QStringLiteral("Onboarding"), QStringLiteral("First contact"))
                           .value();
    QVERIFY(store.sets().appendMembers(set, {ids[0], ids[1]}).ok());
    QVERIFY(store.sets().addMember(set, ids[2], 0).ok());
    Target target;
    target.name = QStringLiteral("Local receiver");
    target.urlTemplate = QStringLiteral(
        "http://127.0.0.1:8080/api/v2/analytics/webhook/receive/generic/{eventType}");
    target.keySource = KeySource::Environment;
    target.keyName = QStringLiteral("OCTAVE_API_KEY");
    const qint64 targetId = store.targets().add(target).value();
    SendRecord sent;
    sent.eventId = ids[0];
    sent.targetName = target.name;
    sent.requestUrl
        = QStringLiteral("http://127.0.0.1:8080/api/v2/analytics/webhook/receive/generic/emails");
    sent.responseStatus = 200;
    sent.responseBody = "{\"received\": true}";
    sent.totalMs = 12;
    QVERIFY(store.history().append(sent).ok());
    const qint64 run = store.runs()
                           .create({0, set, QStringLiteral("Onboarding"), targetId, target.name,
                               QStringLiteral("{}"), RunState::Paused})
                           .value();
    RunStore runs = store.runs();
    QVERIFY(runs.recordIntent(run, 0, ids[2]).ok() && runs.markSent(run, 0).ok());
    QVERIFY(runs.recordResult(
                    {run, 0, ids[2], RunResultState::Done, 1, 200, QStringLiteral("ok"), 12, true})
                .ok());
    QVERIFY(runs.recordIntent(run, 1, ids[0]).ok() && runs.markSent(run, 1).ok());
    QVERIFY(runs.recordIntent(run, 2, ids[1]).ok());
    QSqlQuery(store.database().db()).exec(QStringLiteral("VACUUM"));
}

// A version-4 file built from that version's statements, holding a finished and a "maybe sent"
// result, opens as version 5: both rows are kept, without attempts, and the new results of the
// run keep every attempt.
void TestStoreMigration::migratesVersion4RunResults()
{
    const QString path = m_dir->filePath(QStringLiteral("v4.db"));
    {
        RawDb raw(path);
        QStringList statements = SchemaSql::current();
        for (int v = 2; v <= 4; ++v)
            statements += SchemaSql::step(v);
        statements
            << QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrator::ApplicationId)
            << QStringLiteral("PRAGMA user_version = 4")
            << QStringLiteral("INSERT INTO runs (id, state, started_at, total)"
                              " VALUES (1, 'paused', 1000, 3)")
            << QStringLiteral("INSERT INTO run_results (run_id, position, state, attempts,"
                              " final_status, passed, outcome, updated_at)"
                              " VALUES (1, 0, 'done', 3, 200, 1, 'passed', 2000)")
            << QStringLiteral("INSERT INTO run_results (run_id, position, state,"
                              " updated_at) VALUES (1, 1, 'sent', 2000)");
        for (const QString &sql : std::as_const(statements)) {
            QSqlQuery query(raw.db());
            QVERIFY2(
                query.exec(sql), qPrintable(sql + QLatin1Char(' ') + query.lastError().text()));
        }
    }
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 4);
    EventStore store(&m_clock);
    auto opened = store.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(store.database().userVersion().value(), 5);
    QVERIFY(store.database().integrityCheck().ok());

    RunStore runs = store.runs();
    const QList<RunResult> before = runs.results(1).value();
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(0).attempts, 3);
    QVERIFY(before.at(0).passed);
    QVERIFY(before.at(0).attemptLog.isEmpty());
    QCOMPARE(runs.run(1).value().passed, 1);

    RunResult finished = before.at(1);
    finished.attempts = 2;
    finished.finalStatus = 200;
    finished.passed = true;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    finished.attemptLog = {RunAttempt {1, at, 0, QStringLiteral("timeout"), {}, 30000, -1, 500},
        RunAttempt {2, at.addMSecs(30500), 200, {}, {}, 12}};
    QVERIFY(runs.recordResult(finished).ok());
    const RunResult stored = runs.results(1, 1, 1).value().at(0);
    QCOMPARE(stored.attemptLog, finished.attemptLog);
    QCOMPARE(runs.run(1).value().passed, 2);
}

// Two app instances started in the same second once left the second with "table events already
// exists". Each opener here has its own connection, as each process has; both start together.
void TestStoreMigration::twoOpenersOfANewFileBothSucceed()
{
    for (int round = 0; round < 50; ++round) {
        const QString path = m_dir->filePath(QStringLiteral("race-%1.db").arg(round));
        std::atomic<int> ready {0};
        QStringList errors(2);
        const auto opener = [&](int which) {
            ManualClock clock;
            EventStore store(&clock);
            ++ready;
            while (ready.load() < 2) { } // start together
            if (const auto opened = store.open(path); !opened)
                errors[which] = opened.error().message;
        };
        std::thread first(opener, 0);
        std::thread second(opener, 1);
        first.join();
        second.join();
        QVERIFY2(errors.join(QString()).isEmpty(),
            qPrintable(
                QStringLiteral("round %1: %2").arg(round).arg(errors.join(QStringLiteral(" | ")))));
        ManualClock clock;
        EventStore check(&clock);
        QVERIFY(check.open(path).ok());
        QCOMPARE(check.database().userVersion().value(), SchemaMigrator::CurrentVersion);
    }
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
