#include "tests/support/clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Template variables through the real eventsmith-cli: send resolves them before sending (and
// keeps the resolved body in the history), validate and dedup check the resolved values and
// report unknown variables where they are written.
class TestCliTemplates final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void validateShowsResolvedDedupId();
    void validateReportsUnknownVariable();
    void dedupSaysTemplatesResolved();
    void sendStoresResolvedBodies();
    void sendRefusesUnknownVariable();
    void sendReadsOnlyAllowedVariables();
    void sendNeverStoresTheKeyAPayloadPulledIn();

private:
    using Run = CliRunner::Run;
    static Run cli(const QStringList &args);
    static QString data(const QString &name)
    {
        return CliRunner::data(QStringLiteral("templates/") + name);
    }
    static QStringList fixed()
    {
        return {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"),
            QStringLiteral("2024-02-03T10:30:00Z")};
    }
    quint16 startServe();
    QList<QByteArray> history(const QString &store);

    QTemporaryDir m_dir;
    QProcess *m_serve = nullptr;
};

void TestCliTemplates::cleanup()
{
    if (m_serve) {
        ::kill(static_cast<pid_t>(m_serve->processId()), SIGINT);
        if (!m_serve->waitForFinished(10000))
            m_serve->kill();
        delete m_serve;
        m_serve = nullptr;
    }
}

TestCliTemplates::Run TestCliTemplates::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEMPLATE_RUN"), QStringLiteral("r7"));
    env.remove(QStringLiteral("EVENTSMITH_API_KEY"));
    return CliRunner::run(args, env);
}

quint16 TestCliTemplates::startServe()
{
    m_serve = new QProcess;
    return CliRunner::startServe(*m_serve, {});
}

QList<QByteArray> TestCliTemplates::history(const QString &store)
{
    QList<QByteArray> bodies;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("h"));
        db.setDatabaseName(store);
        if (db.open()) {
            QSqlQuery query(
                QStringLiteral("SELECT request_body FROM send_history ORDER BY id"), db);
            while (query.next())
                bodies << query.value(0).toByteArray();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("h"));
    return bodies;
}

void TestCliTemplates::validateShowsResolvedDedupId()
{
    const Run r = cli(QStringList {QStringLiteral("validate"), QStringLiteral("--format"),
                          QStringLiteral("json"), data(QStringLiteral("auto.json"))}
        + fixed());
    QCOMPARE(r.code, 0);
    const QJsonObject result
        = QJsonDocument::fromJson(r.out)[QStringLiteral("results")].toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("templatesResolved")).toBool(), true);
    const QStringList components {QStringLiteral("a@example.com"), QStringLiteral("Hello #1"),
        QStringLiteral("2024-02-03T08:30:00.000Z"), QStringLiteral("b@example.com")};
    QCOMPARE(
        result.value(QStringLiteral("dedupComponents")).toVariant().toStringList(), components);
    const QByteArray recipe
        = (QStringLiteral("emails") + QChar(0x1f) + components.join(QChar(0x1f))).toUtf8();
    QCOMPARE(result.value(QStringLiteral("dedupId")).toString().toLatin1(),
        QCryptographicHash::hash(recipe, QCryptographicHash::Sha256).toHex());
    const Run text = cli(
        QStringList {QStringLiteral("validate"), data(QStringLiteral("auto.json"))} + fixed());
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QByteArray("note: templates resolved; checked and dedup ID "
                 + result.value(QStringLiteral("dedupId")).toString().left(12).toLatin1())),
        text.out.constData());
}

void TestCliTemplates::validateReportsUnknownVariable()
{
    const Run r = cli(QStringList {QStringLiteral("validate"), QStringLiteral("--format"),
                          QStringLiteral("json"), data(QStringLiteral("unknown.json"))}
        + fixed());
    QCOMPARE(r.code, 1);
    const QJsonObject result
        = QJsonDocument::fromJson(r.out)[QStringLiteral("results")].toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(), false);
    const QJsonObject issue = result.value(QStringLiteral("issues")).toArray().at(0).toObject();
    QCOMPARE(issue.value(QStringLiteral("code")).toString(), QStringLiteral("unknown-variable"));
    QCOMPARE(issue.value(QStringLiteral("path")).toString(), QStringLiteral("/subject"));
    QCOMPARE(issue.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(issue.value(QStringLiteral("column")).toInt(), 21); // where "{{sequence}}" starts
    const Run text = cli(
        QStringList {QStringLiteral("validate"), data(QStringLiteral("unknown.json"))} + fixed());
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains("unknown.json:4:21: error /subject: unknown variable {{sequence}}"),
        text.out.constData());
}

void TestCliTemplates::dedupSaysTemplatesResolved()
{
    const Run r
        = cli(QStringList {QStringLiteral("dedup"), data(QStringLiteral("auto.json"))} + fixed());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("(templates resolved: the ID is of the resolved values)"),
        r.out.constData());
    QVERIFY(r.out.contains("\"Hello #1\""));
    const Run unknown = cli(QStringList {QStringLiteral("dedup"), QStringLiteral("--format"),
                                QStringLiteral("json"), data(QStringLiteral("unknown.json"))}
        + fixed());
    QCOMPARE(unknown.code, 1);
    const QJsonObject result = QJsonDocument::fromJson(unknown.out)[QStringLiteral("results")]
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("templateIssues"))
                 .toArray()
                 .at(0)[QStringLiteral("line")]
                 .toInt(),
        4);
}

void TestCliTemplates::sendStoresResolvedBodies()
{
    const quint16 port = startServe();
    QVERIFY(port > 0);
    const QString store = m_dir.filePath(QStringLiteral("send.db"));
    const QStringList args
        = QStringList {QStringLiteral("send"), QStringLiteral("--store"), store,
              QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--allow-env"),
              QStringLiteral("TEMPLATE_RUN"), data(QStringLiteral("two.ndjson"))}
        + fixed();
    const Run first = cli(args);
    QCOMPARE(first.code, 0);
    const QJsonArray results
        = QJsonDocument::fromJson(first.out)[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0][QStringLiteral("templatesResolved")].toBool(), true);
    QCOMPARE(
        results[1][QStringLiteral("duplicate")].toBool(), false); // distinct uuids: not a duplicate
    const QList<QByteArray> bodies = history(store);
    QCOMPARE(bodies.size(), 2);
    const QRegularExpression uuid(QStringLiteral(
        "\"eventId\":\"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\""));
    QStringList ids;
    for (int seq = 1; seq <= 2; ++seq) {
        const QByteArray &body = bodies[seq - 1];
        const auto match = uuid.match(QString::fromUtf8(body));
        QVERIFY2(match.hasMatch(), body.constData());
        ids << match.captured(1);
        const QByteArray expected = R"({"eventId":")" + ids.last().toLatin1()
            + R"(","eventTimestamp":"2024-02-03T08:30:00Z","eventType":"sent","subject":"Run r7 #)"
            + QByteArray::number(seq)
            + R"(","body":{"text":"Hi"},"from":{"email":"a@example.com"},)"
              R"("to":[{"email":"b@example.com"}]})";
        QCOMPARE(body, expected);
    }
    QVERIFY(ids[0] != ids[1]);
    // The same seed and instant resolve the same bodies: the server dedups them.
    const Run again = cli(args);
    QCOMPARE(again.code, 0);
    const QJsonArray repeated
        = QJsonDocument::fromJson(again.out)[QStringLiteral("results")].toArray();
    QCOMPARE(repeated[0][QStringLiteral("duplicate")].toBool(), true);
    QCOMPARE(repeated[1][QStringLiteral("duplicate")].toBool(), true);
    QCOMPARE(history(store).mid(2), bodies);
}

void TestCliTemplates::sendRefusesUnknownVariable()
{
    const Run r = cli(QStringList {QStringLiteral("send"), QStringLiteral("--no-history"),
                          QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9"),
                          data(QStringLiteral("unknown.json"))}
        + fixed());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not sent: unknown variable {{sequence}}"), r.err.constData());
    QVERIFY(r.err.contains("at /subject"));
    QVERIFY(r.out.contains("0 sent"));
}

// A file must not choose which variable of this process it sends: {{env.NAME}} is read only
// for names given with --allow-env.
void TestCliTemplates::sendReadsOnlyAllowedVariables()
{
    const Run refused = cli(QStringList {QStringLiteral("send"), QStringLiteral("--no-history"),
                                QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9"),
                                data(QStringLiteral("two.ndjson"))}
        + fixed());
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("{{env.TEMPLATE_RUN}} may not read the environment variable "
                                  "TEMPLATE_RUN: allow it with --allow-env TEMPLATE_RUN"),
        refused.err.constData());
    QVERIFY(!refused.err.contains("r7") && !refused.out.contains("r7"));
    const Run validated
        = cli(QStringList {QStringLiteral("validate"), QStringLiteral("--allow-env"),
                  QStringLiteral("OTHER,TEMPLATE_RUN"), data(QStringLiteral("two.ndjson"))}
            + fixed());
    QCOMPARE(validated.code, 0);
}

// The target's own key, pulled into a body by an allowed {{env.NAME}}, is masked in the history.
void TestCliTemplates::sendNeverStoresTheKeyAPayloadPulledIn()
{
    const quint16 port = startServe();
    QVERIFY(port > 0);
    QFile source(data(QStringLiteral("auto.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray payload = source.readAll();
    const qsizetype subject = payload.indexOf("Hello");
    QVERIFY(subject > 0);
    payload.insert(subject, "key={{env.EVENTSMITH_API_KEY}} ");
    const QString file = m_dir.filePath(QStringLiteral("leaky.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(payload);
    out.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), QStringLiteral("sk_live_TMPLKEY_999"));
    const QString store = m_dir.filePath(QStringLiteral("leaky.db"));
    const Run sent = CliRunner::run(
        QStringList {QStringLiteral("send"), QStringLiteral("--store"), store,
            QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:%1").arg(port),
            QStringLiteral("--allow-env"), QStringLiteral("EVENTSMITH_API_KEY"), file}
            + fixed(),
        env);
    QCOMPARE(sent.code, 0);
    const QList<QByteArray> bodies = history(store);
    QCOMPARE(bodies.size(), 1);
    QVERIFY2(bodies.first().contains("key=***"), bodies.first().constData());
    QVERIFY(!bodies.first().contains("sk_live_TMPLKEY_999"));
    QVERIFY(!sent.out.contains("sk_live_TMPLKEY_999") && !sent.err.contains("sk_live_TMPLKEY_999"));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_clitemplates.moc"
