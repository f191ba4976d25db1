#include "tests/support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>

// `eventsmith-cli replay` and `report` as real processes against `eventsmith-cli serve --port 0`:
// reports, exit codes, faults, Ctrl-C and SIGKILL at random moments followed by --resume, with
// the receiver's own log proving every event was accepted exactly once.
class TestCliReplay final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replayWritesReportsWithoutTheKey();
    void failedExpectationExitsOneAndDiffShowsIt();
    void unreachableTargetExitsThree();
    void faultsStillAcceptEveryEventOnce();
    void ctrlCLeavesResumableRun();
    void killedAtRandomMomentsAndResumed();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &args);
    QStringList replayArgs(const QString &set, const QStringList &extra = {}) const;
    quint16 startServe(const QStringList &extra = {});
    QString writeSet(int count, const QString &name, const QString &expect = QString());
    QHash<QString, int> acceptedByDedupId(int *lines = nullptr);
    static qint64 runIdFrom(const QByteArray &err);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_serveLog;
    QString m_target;
    QProcess *m_serve = nullptr;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
};

namespace {

const QString Key = QStringLiteral("qa-key-5c81e0d2-do-not-leak");

} // namespace

void TestCliReplay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store.db"));
    m_serveLog = m_dir->filePath(QStringLiteral("serve.ndjson"));
    m_env.insert(QStringLiteral("QA_KEY"), Key);
}

void TestCliReplay::cleanup()
{
    if (m_serve) {
        m_serve->kill();
        m_serve->waitForFinished();
        delete m_serve;
        m_serve = nullptr;
    }
}

TestCliReplay::Run TestCliReplay::cli(const QStringList &args)
{
    return CliRunner::run(args, m_env);
}

QStringList TestCliReplay::replayArgs(const QString &set, const QStringList &extra) const
{
    return QStringList {QStringLiteral("replay"), set, QStringLiteral("--target"), m_target,
               QStringLiteral("--store"), m_store, QStringLiteral("--api-key-env"),
               QStringLiteral("QA_KEY")}
    + extra;
}

quint16 TestCliReplay::startServe(const QStringList &extra)
{
    m_serve = new QProcess;
    m_serve->setStandardOutputFile(m_serveLog); // a file: a full pipe would stall the receiver
    const quint16 port = CliRunner::startServe(*m_serve,
        QStringList {
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--api-key"), Key}
            + extra);
    if (port)
        m_target = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return port;
}

QString TestCliReplay::writeSet(int count, const QString &name, const QString &expect)
{
    QJsonArray events;
    for (int i = 0; i < count; ++i) {
        QJsonObject payload {
            {QStringLiteral("eventTimestamp"),
                QStringLiteral("2024-02-03T10:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("eventType"), QStringLiteral("sent")},
            {QStringLiteral("subject"), QStringLiteral("Replay %1").arg(i)},
            {QStringLiteral("body"),
                QJsonObject {{QStringLiteral("text"), QStringLiteral("Hello")}}},
            {QStringLiteral("from"),
                QJsonObject {{QStringLiteral("email"), QStringLiteral("qa@example.com")}}},
            {QStringLiteral("to"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("email"), QStringLiteral("lead%1@example.com").arg(i)}}}}};
        QJsonObject event {{QStringLiteral("family"), QStringLiteral("emails")},
            {QStringLiteral("name"), QStringLiteral("event %1").arg(i)},
            {QStringLiteral("payload"), payload}};
        if (!expect.isEmpty() && i == 0)
            event.insert(
                QStringLiteral("expect"), QJsonDocument::fromJson(expect.toUtf8()).object());
        events.append(event);
    }
    const QString path = m_dir->filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(
        QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("events"), events}})
                   .toJson());
    return path;
}

QHash<QString, int> TestCliReplay::acceptedByDedupId(int *lines)
{
    // The receiver logs a request after answering it: stop it so the log is complete.
    ::kill(pid_t(m_serve->processId()), SIGINT);
    m_serve->waitForFinished(10000);
    QFile file(m_serveLog);
    file.open(QIODevice::ReadOnly);
    QHash<QString, int> accepted;
    int count = 0;
    while (!file.atEnd()) {
        const QJsonObject r = QJsonDocument::fromJson(file.readLine()).object();
        ++count;
        if (r[QStringLiteral("status")].toInt() == 200 && !r[QStringLiteral("duplicate")].toBool())
            ++accepted[r[QStringLiteral("dedupId")].toString()];
    }
    if (lines)
        *lines = count;
    return accepted;
}

qint64 TestCliReplay::runIdFrom(const QByteArray &err)
{
    const auto match = QRegularExpression(QStringLiteral("Run (\\d+) (started|resumed)"))
                           .match(QString::fromUtf8(err));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void TestCliReplay::replayWritesReportsWithoutTheKey()
{
    QVERIFY(startServe() > 0);
    const QString set = writeSet(20, QStringLiteral("twenty.events.json"));
    const Run r = cli(replayArgs(set,
        {QStringLiteral("--junit"), m_dir->filePath(QStringLiteral("r.xml")),
            QStringLiteral("--report"), m_dir->filePath(QStringLiteral("r.json")),
            QStringLiteral("--html"), m_dir->filePath(QStringLiteral("r.html"))}));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("20 events: 20 passed, 0 failed"));
    QFile junit(m_dir->filePath(QStringLiteral("r.xml")));
    QVERIFY(junit.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&junit);
    int cases = 0, failures = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            cases += xml.name() == QLatin1String("testcase");
            failures += xml.name() == QLatin1String("failure");
        }
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(cases, 20);
    QCOMPARE(failures, 0);
    const qint64 run = runIdFrom(r.err);
    QVERIFY(run > 0);
    const Run csv = cli({QStringLiteral("report"), QString::number(run), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--store"), m_store});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.count("\r\n"), 21);
    QVERIFY(csv.out.contains("Replay 19"));
    for (const QString &name :
        {QStringLiteral("r.xml"), QStringLiteral("r.json"), QStringLiteral("r.html"),
            QStringLiteral("store.db"), QStringLiteral("store.db-wal")}) {
        QFile f(m_dir->filePath(name));
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(Key.toUtf8()), qPrintable(name));
    }
    QVERIFY(!csv.out.contains(Key.toUtf8()));
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("999"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--store"), m_store})
                 .code,
        2);
    QCOMPARE(cli({QStringLiteral("report"), QString::number(run), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--store"), m_store})
                 .code,
        2);
}

void TestCliReplay::failedExpectationExitsOneAndDiffShowsIt()
{
    QVERIFY(startServe() > 0);
    const Run good = cli(
        replayArgs(writeSet(5, QStringLiteral("a.events.json")), {QStringLiteral("--fresh-ids")}));
    QCOMPARE(good.code, 0);
    const Run bad = cli(replayArgs(
        writeSet(5, QStringLiteral("a.events.json"), QStringLiteral(R"({"status": 400})")),
        {QStringLiteral("--fresh-ids")}));
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.out.contains("4 passed, 1 failed"));
    // Different expectations make a different set; the same set compares.
    const Run again = cli(replayArgs(
        m_dir->filePath(QStringLiteral("a.events.json")), {QStringLiteral("--fresh-ids")}));
    QCOMPARE(again.code, 1);
    const Run diff = cli(
        {QStringLiteral("replay"), QStringLiteral("--diff"), QString::number(runIdFrom(bad.err)),
            QString::number(runIdFrom(again.err)), QStringLiteral("--store"), m_store});
    QVERIFY2(diff.code == 0, diff.err.constData());
    QVERIFY(diff.out.contains("0 event(s) changed"));
    const Run broke = cli(
        {QStringLiteral("replay"), QStringLiteral("--diff"), QString::number(runIdFrom(good.err)),
            QString::number(runIdFrom(bad.err)), QStringLiteral("--store"), m_store});
    QCOMPARE(broke.code, 1);
    QVERIFY2(broke.out.contains("#1 event 0: broken (outcome, reason): passed 200 -> failed 200: "
                                "expected status 400, got 200"),
        broke.out.constData());
    QCOMPARE(cli({QStringLiteral("replay"), QStringLiteral("--diff"), QStringLiteral("1"),
                     QStringLiteral("--store"), m_store})
                 .code,
        2);
}

void TestCliReplay::unreachableTargetExitsThree()
{
    m_target = QStringLiteral("http://127.0.0.1:9");
    const Run r = cli(replayArgs(writeSet(10, QStringLiteral("ten.events.json"))));
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("unreachable"));
    QVERIFY(r.err.contains("--resume"));
}

void TestCliReplay::faultsStillAcceptEveryEventOnce()
{
    QVERIFY(startServe({QStringLiteral("--fail-rate"), QStringLiteral("0.2"),
                QStringLiteral("--rate-limit-rate"), QStringLiteral("0.1"),
                QStringLiteral("--retry-after"), QStringLiteral("1"), QStringLiteral("--drop-rate"),
                QStringLiteral("0.05"), QStringLiteral("--latency"), QStringLiteral("0-5"),
                QStringLiteral("--seed"), QStringLiteral("11")})
        > 0);
    const int count = 150;
    const Run r = cli(replayArgs(writeSet(count, QStringLiteral("faults.events.json")),
        {QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--retries"),
            QStringLiteral("12"), QStringLiteral("--report"),
            m_dir->filePath(QStringLiteral("f.json"))}));
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    const QHash<QString, int> accepted = acceptedByDedupId();
    QCOMPARE(accepted.size(), count);
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QCOMPARE(it.value(), 1);
}

void TestCliReplay::ctrlCLeavesResumableRun()
{
    QVERIFY(startServe({QStringLiteral("--latency"), QStringLiteral("20")}) > 0);
    const int count = 200;
    const QString set = writeSet(count, QStringLiteral("ctrlc.events.json"));
    QProcess replay;
    replay.setProcessEnvironment(m_env);
    replay.setReadChannel(QProcess::StandardError); // "Run N started" comes on stderr
    replay.start(CliRunner::binary(),
        replayArgs(set,
            {QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--rate"),
                QStringLiteral("50")}));
    QByteArray err;
    while (runIdFrom(err) == 0 && replay.waitForReadyRead(5000))
        err += replay.readAllStandardError();
    const qint64 run = runIdFrom(err);
    QVERIFY(run > 0);
    QTest::qWait(400);
    QVERIFY2(replay.state() == QProcess::Running, QByteArray(err + replay.readAll()).constData());
    ::kill(pid_t(replay.processId()), SIGINT);
    QVERIFY(replay.waitForFinished(20000));
    err += replay.readAllStandardError();
    QCOMPARE(replay.exitStatus(), QProcess::NormalExit);
    QCOMPARE(replay.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("--resume %1").arg(run).toUtf8()), err.constData());
    const Run resumed = cli(replayArgs(set, {QStringLiteral("--resume"), QString::number(run)}));
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    QCOMPARE(acceptedByDedupId().size(), count);
}

void TestCliReplay::killedAtRandomMomentsAndResumed()
{
    QVERIFY(startServe({QStringLiteral("--latency"), QStringLiteral("5-25")}) > 0);
    const int count = 500;
    const QString set = writeSet(count, QStringLiteral("crash.events.json"));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill seed %u", seed);
    QRandomGenerator random(seed);
    qint64 run = 0;
    int kills = 0;
    int finishedCode = -1;
    for (int attempt = 0; attempt < 40 && finishedCode < 0; ++attempt) {
        QProcess replay;
        replay.setProcessEnvironment(m_env);
        replay.setReadChannel(QProcess::StandardError);
        replay.setReadChannel(QProcess::StandardError); // "Run N started" comes on stderr
        replay.start(CliRunner::binary(),
            replayArgs(set,
                {QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--rate"),
                    QStringLiteral("50")})
                + (run ? QStringList {QStringLiteral("--resume"), QString::number(run)}
                       : QStringList {}));
        QVERIFY(replay.waitForStarted());
        QByteArray err;
        if (run == 0) {
            while (runIdFrom(err) == 0 && replay.waitForReadyRead(5000))
                err += replay.readAllStandardError();
            run = runIdFrom(err);
            QVERIFY(run > 0);
        }
        if (kills < 10 && !replay.waitForFinished(int(random.bounded(80, 700)))) {
            ::kill(pid_t(replay.processId()), SIGKILL);
            QVERIFY(replay.waitForFinished(10000));
            ++kills;
            continue;
        }
        // It may have ended during the wait above: waitForFinished() is false for an ended one.
        QVERIFY(replay.state() == QProcess::NotRunning || replay.waitForFinished(60000));
        finishedCode = replay.exitCode();
    }
    QVERIFY(kills >= 10);
    QCOMPARE(finishedCode, 0);
    int lines = 0;
    const QHash<QString, int> accepted = acceptedByDedupId(&lines);
    QCOMPARE(accepted.size(), count);
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QCOMPARE(it.value(), 1);
    const Run report = cli({QStringLiteral("report"), QString::number(run),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--store"), m_store});
    const QJsonObject o = QJsonDocument::fromJson(report.out).object();
    QCOMPARE(
        o[QStringLiteral("run")][QStringLiteral("state")].toString(), QStringLiteral("completed"));
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("passed")].toInt(), count);
    qInfo("%d kills, %d requests at the receiver for %d events, %d resent", kills, lines, count,
        o[QStringLiteral("summary")][QStringLiteral("resent")].toInt());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_clireplay.moc"
