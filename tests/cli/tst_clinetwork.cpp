#include "tests/support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

// send, serve, targets and events as real processes against a receiver on 127.0.0.1.
class TestCliNetwork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsToServeAndGetsASummaryOnCtrlC();
    void unreachableTargetExitsWithThree();
    void wrongKeyIsNot2xx();
    void keyNeverReachesStoreOrLogs();
    void targetsAddListRemove();
    void eventsAddListSearchShow();
    void serveStoreAnswers503WhileTheStoreIsLocked();
    void serveWritesEachLineAsItHappens();
    void eventsAddStoresAllOrNothing();
    void keyInAnAdHocUrlIsRefusedUnseen();
    void serveTakesItsKeyFromAVariable();
    void serveTakesItsKeyFromAStoredTarget();
    void serveKeySourcesAreCheckedAndTheLiteralWarned();
    void serveOutOfFileDescriptorsStillAnswers();
    void targetHeadersAreSentAndCredentialsRefused();

private:
    using Run = CliRunner::Run;
    static Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return CliRunner::run(args, env);
    }
    quint16 startServe(const QStringList &extra = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QByteArray stopServe();
    static QString data(const QString &name) { return CliRunner::data(name); }

    QTemporaryDir m_dir;
    QString m_store;
    QProcess *m_serve = nullptr;
    QByteArray m_serveErr;
};

void TestCliNetwork::init()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(
        QStringLiteral("store-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestCliNetwork::cleanup()
{
    if (m_serve) {
        m_serve->kill();
        m_serve->waitForFinished();
        delete m_serve;
        m_serve = nullptr;
    }
}

quint16 TestCliNetwork::startServe(const QStringList &extra, const QProcessEnvironment &env)
{
    m_serveErr.clear();
    m_serve = new QProcess;
    m_serve->setProcessEnvironment(env);
    return CliRunner::startServe(*m_serve, extra, &m_serveErr);
}

QByteArray TestCliNetwork::stopServe()
{
    ::kill(static_cast<pid_t>(m_serve->processId()), SIGINT);
    m_serve->waitForFinished(10000);
    return m_serveErr + m_serve->readAllStandardError();
}

void TestCliNetwork::sendsToServeAndGetsASummaryOnCtrlC()
{
    const quint16 port = startServe();
    QVERIFY(port > 0);
    const QString target = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const Run sent = cli({QStringLiteral("send"), QStringLiteral("--store"), m_store,
        QStringLiteral("--target"), target, QStringLiteral("--format"), QStringLiteral("json"),
        data(QStringLiteral("cli/collide.ndjson"))});
    QCOMPARE(sent.code, 0);
    const QJsonArray results
        = QJsonDocument::fromJson(sent.out)[QLatin1String("results")].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][QLatin1String("status")].toInt(), 200);
    QVERIFY(!results[0][QLatin1String("requestId")].toString().isEmpty());
    QCOMPARE(results[0][QLatin1String("duplicate")].toBool(), false);
    QCOMPARE(results[1][QLatin1String("duplicate")].toBool(), true); // same dedup ID as line 1
    QCOMPARE(results[1][QLatin1String("firstRequestId")], results[0][QLatin1String("requestId")]);
    const QByteArray log = m_serve->readAllStandardOutput();
    const QByteArray summary = stopServe();
    QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve->exitCode(), 0);
    QVERIFY2(summary.contains("total             2           1"), summary.constData());
    QVERIFY(log.contains(" 200 emails/sent ")
        || m_serve->readAllStandardOutput().contains("emails/sent"));
}

void TestCliNetwork::unreachableTargetExitsWithThree()
{
    const Run r
        = cli({QStringLiteral("send"), QStringLiteral("--no-history"), QStringLiteral("--target"),
            QStringLiteral("http://127.0.0.1:9"), data(QStringLiteral("cli/small.events.json"))});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.contains("connection-refused"));
}

void TestCliNetwork::wrongKeyIsNot2xx()
{
    const quint16 port = startServe({QStringLiteral("--api-key"), QStringLiteral("right-key")});
    QVERIFY(port > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MY_KEY"), QStringLiteral("wrong-key"));
    const Run r
        = cli({QStringLiteral("send"), QStringLiteral("--no-history"), QStringLiteral("--target"),
                  QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--api-key-env"),
                  QStringLiteral("MY_KEY"), data(QStringLiteral("cli/small.events.json"))},
            env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("401"), r.out.constData());
    QVERIFY(r.out.contains("Invalid API key"));
}

void TestCliNetwork::keyNeverReachesStoreOrLogs()
{
    const QString key = QStringLiteral("sk-test-4f8a1c9e77d2");
    const quint16 port = startServe({QStringLiteral("--api-key"), key});
    QVERIFY(port > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), key);
    QByteArray logs;
    for (const char *auth : {"header", "query"}) {
        const Run r
            = cli({QStringLiteral("send"), QStringLiteral("--store"), m_store,
                      QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                      QStringLiteral("--auth"), QLatin1String(auth), QStringLiteral("--format"),
                      QStringLiteral("json"), data(QStringLiteral("cli/small.events.json"))},
                env);
        QCOMPARE(r.code, 0);
        logs += r.out + r.err;
    }
    logs += m_serve->readAllStandardOutput() + stopServe();
    for (const char *format : {"curl", "postman", "har", "ndjson", "set"}) {
        const QString file = m_dir.filePath(QStringLiteral("export.%1").arg(QLatin1String(format)));
        const Run exported
            = cli({QStringLiteral("export"), data(QStringLiteral("cli/small.events.json")),
                      QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--target"),
                      QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--store"),
                      m_store, QStringLiteral("-o"), file},
                env);
        QCOMPARE(exported.code, 0);
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        QVERIFY(text.contains("Discovery"));
        QVERIFY2(!text.contains(key.toUtf8()), format);
        logs += exported.out + exported.err;
    }
    QVERIFY(logs.contains("api_key=***") || logs.contains("\"status\":200"));
    QVERIFY2(!logs.contains(key.toUtf8()), "the key appeared in a log");
    const Run history = cli(
        {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--store"), m_store});
    QCOMPARE(history.code, 0);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_store + suffix);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestCliNetwork::targetsAddListRemove()
{
    const QStringList store {QStringLiteral("--store"), m_store};
    QCOMPARE(cli(QStringList {QStringLiteral("targets"), QStringLiteral("add"),
                     QStringLiteral("staging"), QStringLiteral("--url"),
                     QStringLiteral("https://staging.example.com/api/v2/analytics/webhook/receive/"
                                    "generic/{eventType}"),
                     QStringLiteral("--auth"), QStringLiteral("query"), QStringLiteral("--key-env"),
                     QStringLiteral("STAGING_KEY")}
                 + store)
                 .code,
        0);
    const Run bad
        = cli(QStringList {QStringLiteral("targets"), QStringLiteral("add"), QStringLiteral("nope"),
                  QStringLiteral("--url"), QStringLiteral("https://x.example.com/no-placeholder")}
            + store);
    QCOMPARE(bad.code, 2);
    const Run listed = cli(QStringList {QStringLiteral("targets"), QStringLiteral("list")} + store);
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.contains("staging"));
    QVERIFY(listed.out.contains("auth=query key=env:STAGING_KEY"));
    QVERIFY(listed.out.contains("(preset)"));
    QCOMPARE(cli(QStringList {
                     QStringLiteral("targets"), QStringLiteral("remove"), QStringLiteral("staging")}
                 + store)
                 .code,
        0);
    QVERIFY(!cli(QStringList {QStringLiteral("targets"), QStringLiteral("list")} + store)
                 .out.contains("staging "));
}

void TestCliNetwork::eventsAddListSearchShow()
{
    const QStringList store {QStringLiteral("--store"), m_store};
    const Run added = cli(QStringList {QStringLiteral("events"), QStringLiteral("add"),
                              data(QStringLiteral("cli/small.events.json")),
                              data(QStringLiteral("cli/collide.ndjson"))}
        + store);
    QCOMPARE(added.code, 0);
    QVERIFY(added.out.contains("added 5 events"));
    const Run listed = cli(
        QStringList {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--family"),
            QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("json")}
        + store);
    const QJsonArray calls = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0][QLatin1String("name")].toString(), QStringLiteral("Good call"));
    QCOMPARE(calls[0][QLatin1String("validity")].toString(), QStringLiteral("valid"));
    QCOMPARE(calls[1][QLatin1String("validity")].toString(), QStringLiteral("invalid"));
    const Run paged = cli(
        QStringList {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("2"), QStringLiteral("--after"), QStringLiteral("2")}
        + store);
    QVERIFY(paged.err.contains("2 of 5 events; next page: --after 4"));
    const Run found
        = cli(QStringList {QStringLiteral("events"), QStringLiteral("search"),
                  QStringLiteral("Discovery"), QStringLiteral("--format"), QStringLiteral("json")}
            + store);
    QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 1);
    const Run shown
        = cli(QStringList {QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("1")}
            + store);
    QCOMPARE(QJsonDocument::fromJson(shown.out)[QLatin1String("title")].toString(),
        QStringLiteral("Discovery"));
}

// `serve --store` never acknowledges an event it did not keep: with another process holding
// the store's write lock the client gets 503 and a reason, and the event is not counted; once
// the lock is gone the same event is stored and answered 200 as a first arrival.
void TestCliNetwork::serveStoreAnswers503WhileTheStoreIsLocked()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("needs the sqlite3 shell to hold the store's lock");
    const quint16 port = startServe({QStringLiteral("--store"), m_store});
    QVERIFY(port > 0);
    QFile all(data(QStringLiteral("cli/collide.ndjson")));
    QVERIFY(all.open(QIODevice::ReadOnly));
    const QString one = m_dir.filePath(QStringLiteral("one.ndjson"));
    QFile file(one);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(all.readLine());
    file.close();
    const QStringList send {QStringLiteral("send"), QStringLiteral("--no-history"),
        QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
        QStringLiteral("--format"), QStringLiteral("json"), one};

    QProcess locker; // another process in a write transaction
    locker.start(QStringLiteral("sqlite3"), {m_store});
    QVERIFY(locker.waitForStarted());
    locker.write("BEGIN IMMEDIATE;\nSELECT 'locked';\n");
    QVERIFY(QTest::qWaitFor([&] { return locker.readAllStandardOutput().contains("locked"); }));
    const Run refused = cli(send);
    const QJsonArray first
        = QJsonDocument::fromJson(refused.out)[QLatin1String("results")].toArray();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0][QLatin1String("status")].toInt(), 503);
    locker.write("ROLLBACK;\n.quit\n");
    QVERIFY(locker.waitForFinished());

    const Run stored = cli(send);
    const QJsonArray second
        = QJsonDocument::fromJson(stored.out)[QLatin1String("results")].toArray();
    QCOMPARE(second[0][QLatin1String("status")].toInt(), 200);
    QCOMPARE(second[0][QLatin1String("duplicate")].toBool(), false);
    const QByteArray log = stopServe();
    QVERIFY2(log.contains("not stored (answered 503)"), log.constData());
    const Run listed = cli({QStringLiteral("events"), QStringLiteral("list"),
        QStringLiteral("--store"), m_store, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(listed.code, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

// Into a pipe, serve's per-request lines once waited in a block buffer until exit (and a kill
// lost them all): each line now arrives while serve still runs.
void TestCliNetwork::serveWritesEachLineAsItHappens()
{
    const quint16 port = startServe();
    QVERIFY(port > 0);
    const Run sent = cli({QStringLiteral("send"), QStringLiteral("--no-history"),
        QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
        data(QStringLiteral("cli/collide.ndjson"))});
    QCOMPARE(sent.code, 0);
    QByteArray lines;
    QVERIFY(QTest::qWaitFor(
        [&] {
            lines += m_serve->readAllStandardOutput();
            return lines.count('\n') >= 3;
        },
        5000));
    QVERIFY2(lines.contains("emails/sent"), lines.constData());
    QCOMPARE(m_serve->state(), QProcess::Running);
}

// A file with one broken line once stored its good lines and exited 2, so a retry after the fix
// stored them twice. Now nothing is stored until every line reads.
void TestCliNetwork::eventsAddStoresAllOrNothing()
{
    const QStringList store {QStringLiteral("--store"), m_store};
    QFile good(data(QStringLiteral("cli/collide.ndjson")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray lines = good.readAll();
    const QString mixed = m_dir.filePath(QStringLiteral("mixed.ndjson"));
    QFile file(mixed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines + "{\"family\": \"emails\", \"payload\": {broken\n");
    file.close();
    const QStringList add {QStringLiteral("events"), QStringLiteral("add"), mixed};
    const Run refused = cli(add + store);
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("nothing was added"), refused.err.constData());
    const Run none = cli(QStringList {QStringLiteral("events"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("json")}
        + store);
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines); // fixed: the broken line removed
    file.close();
    const Run added = cli(add + store);
    QCOMPARE(added.code, 0);
    const Run all = cli(QStringList {QStringLiteral("events"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("json")}
        + store);
    QVERIFY(added.out.contains("added 3 events")); // collide.ndjson: three events, a blank line
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 3);
}

// A key written into --target's URL once reached the send history, run records, reports and
// stderr. Send and replay refuse it before anything is sent or stored, and never echo it.
void TestCliNetwork::keyInAnAdHocUrlIsRefusedUnseen()
{
    const QString url = QStringLiteral(
        "http://127.0.0.1:9/api/v2/analytics/webhook/receive/generic/{eventType}?api_key=S3CRET-K");
    const QString events = data(QStringLiteral("cli/small.events.json"));
    for (const QString &command : {QStringLiteral("send"), QStringLiteral("replay")}) {
        const Run refused = cli(
            {command, QStringLiteral("--store"), m_store, QStringLiteral("--target"), url, events});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("carries a key"), refused.err.constData());
        QVERIFY(!refused.err.contains("S3CRET-K") && !refused.out.contains("S3CRET-K"));
    }
    QFile store(m_store);
    if (store.open(QIODevice::ReadOnly))
        QVERIFY(!store.readAll().contains("S3CRET-K"));
}

// A base64 key (`+`, `/`, `%`) given through a variable never shows in `ps`, and both auth
// modes of our own sender get through with it.
void TestCliNetwork::serveTakesItsKeyFromAVariable()
{
    const QString key = QStringLiteral("sk+b64/key%25==");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECEIVER_KEY"), key);
    const quint16 port
        = startServe({QStringLiteral("--api-key-env"), QStringLiteral("RECEIVER_KEY")}, env);
    QVERIFY2(port > 0, m_serveErr.constData());
    QVERIFY(m_serveErr.contains("API key required"));
    QVERIFY(!m_serveErr.contains("warning"));
    QVERIFY(!m_serve->arguments().join(QLatin1Char(' ')).contains(key));
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), key);
    for (const char *auth : {"header", "query"}) {
        const Run sent = cli(
            {QStringLiteral("send"), QStringLiteral("--no-history"), QStringLiteral("--target"),
                QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--auth"),
                QLatin1String(auth), data(QStringLiteral("cli/small.events.json"))},
            env);
        QVERIFY2(sent.code == 0, auth);
    }
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), QStringLiteral("sk+b64/other"));
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--no-history"), QStringLiteral("--target"),
                QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--auth"),
                QStringLiteral("query"), data(QStringLiteral("cli/small.events.json"))},
            env)
            .code,
        1);
}

void TestCliNetwork::serveTakesItsKeyFromAStoredTarget()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOCAL_KEY"), QStringLiteral("k-from-target"));
    QCOMPARE(
        cli({QStringLiteral("targets"), QStringLiteral("add"), QStringLiteral("mine"),
                QStringLiteral("--preset"), QStringLiteral("local"), QStringLiteral("--key-env"),
                QStringLiteral("LOCAL_KEY"), QStringLiteral("--store"), m_store},
            env)
            .code,
        0);
    const quint16 port = startServe({QStringLiteral("--api-key-target"), QStringLiteral("mine"),
                                        QStringLiteral("--store"), m_store},
        env);
    QVERIFY2(port > 0, m_serveErr.constData());
    QVERIFY2(m_serveErr.contains("from target \"mine\" (env:LOCAL_KEY)"), m_serveErr.constData());
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), QStringLiteral("k-from-target"));
    QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("--no-history"),
                     QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                     data(QStringLiteral("cli/small.events.json"))},
                 env)
                 .code,
        0);
}

void TestCliNetwork::serveKeySourcesAreCheckedAndTheLiteralWarned()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NO_SUCH_KEY_VAR"));
    const Run unset = cli({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--api-key-env"), QStringLiteral("NO_SUCH_KEY_VAR")},
        env);
    QCOMPARE(unset.code, 2);
    QVERIFY2(unset.err.contains("NO_SUCH_KEY_VAR"), unset.err.constData());
    const Run two = cli({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--api-key"), QStringLiteral("a"), QStringLiteral("--api-key-env"),
        QStringLiteral("HOME")});
    QCOMPARE(two.code, 2);
    const Run noTarget = cli({QStringLiteral("serve"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--api-key-target"), QStringLiteral("absent"),
        QStringLiteral("--store"), m_store});
    QCOMPARE(noTarget.code, 2);
    QVERIFY2(noTarget.err.contains("absent"), noTarget.err.constData());
    QVERIFY(startServe({QStringLiteral("--api-key"), QStringLiteral("literal-k")}) > 0);
    QVERIFY2(m_serveErr.contains("warning: --api-key shows the key"), m_serveErr.constData());
}

// A target's own headers (targets add --header), overridden per send; credentials and malformed
// lines are refused, so a key never lands in the store as a plain header.
void TestCliNetwork::targetHeadersAreSentAndCredentialsRefused()
{
    const quint16 port = startServe({QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(port > 0);
    const QStringList store {QStringLiteral("--store"), m_store};
    const QString url
        = QStringLiteral("http://127.0.0.1:%1/api/v2/analytics/webhook/receive/generic/{eventType}")
              .arg(port);
    const QStringList add {QStringLiteral("targets"), QStringLiteral("add"), QStringLiteral("team"),
        QStringLiteral("--url"), url};
    const Run refused = cli(add + store
        + QStringList {QStringLiteral("--header"), QStringLiteral("Authorization: Bearer s3cret")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(
                 "--header \"Authorization: Bearer s3cret\": Authorization is a credential"),
        refused.err.constData());
    const Run malformed
        = cli(add + store + QStringList {QStringLiteral("--header"), QStringLiteral("no colon")});
    QCOMPARE(malformed.code, 2);
    QVERIFY2(malformed.err.contains("write it as"), malformed.err.constData());
    QCOMPARE(cli(add + store
                 + QStringList {QStringLiteral("--header"), QStringLiteral("X-Team: growth"),
                     QStringLiteral("--header"), QStringLiteral("X-Trace: on")})
                 .code,
        0);
    const Run listed = cli(QStringList {QStringLiteral("targets"), QStringLiteral("list")} + store);
    QVERIFY2(listed.out.contains("headers=X-Team,X-Trace\n"), listed.out.constData());
    const Run sent
        = cli(QStringList {QStringLiteral("send"), QStringLiteral("--target"),
                  QStringLiteral("team"), QStringLiteral("--header"),
                  QStringLiteral("X-Trace: off"), data(QStringLiteral("receiver/emails.json"))}
            + store);
    QCOMPARE(sent.code, 0);
    ::kill(static_cast<pid_t>(m_serve->processId()), SIGINT);
    QVERIFY(m_serve->waitForFinished(10000));
    const QJsonObject line
        = QJsonDocument::fromJson(m_serve->readAllStandardOutput().split('\n').first()).object();
    const QJsonValue headers = line.value(QStringLiteral("headers"));
    const QByteArray text = QJsonDocument(headers.toArray()).toJson(QJsonDocument::Compact)
        + QJsonDocument(headers.toObject()).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("growth"), text.constData());
    QVERIFY2(text.contains("\"off\""), text.constData());
    QVERIFY2(!text.contains("\"on\""), text.constData());
}

// Held at the limit of its open files by idle connections, `serve` spun at 99% CPU on a failing
// accept() and answered nobody until they closed. It now stops accepting at its budget and
// closes idle connections to make room: a new client is served while the others still hold.
void TestCliNetwork::serveOutOfFileDescriptorsStillAnswers()
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    QProcess serve;
    const quint16 port = CliRunner::startServe(
        serve, {}, nullptr, {QStringLiteral("prlimit"), QStringLiteral("--nofile=100:100")});
    QVERIFY(port != 0);
    // Twice as many connections as it has descriptors; the kernel's backlog holds the rest.
    std::vector<std::unique_ptr<QTcpSocket>> holders;
    for (int i = 0; i < 200; ++i) {
        holders.push_back(std::make_unique<QTcpSocket>());
        holders.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWait(500);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(10000));
    client.write("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     answer += client.readAll();
                     return answer.contains("HTTP/1.1 404");
                 },
                 20000),
        "no answer while idle connections held the receiver's files");
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
