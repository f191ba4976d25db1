#include "cli/cliapp.h"

#include "tests/support/clirunner.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The validate, dedup and schema commands, in-process and as real processes.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void validatesAValidExample();
    void reportsFindingsWithPositions();
    void jsonOutputFollowsTheContract();
    void malformedJsonIsAnInputError();
    void usageErrors_data();
    void usageErrors();
    void ndjsonCollisions();
    void setFileSources();
    void dedupShowsComponents();
    void schemaExport();
    void badSchemaFileSaysWhere();
    void processValidateFromStdin();
    void processDedup();
    void processSchema();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
    static Run runProcess(const QStringList &args, const QByteArray &input = {});
    static QString data(const QString &name);

    QTemporaryDir m_dir;
    QString m_example;
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io;
    io.out = &out;
    io.err = &err;
    Run result;
    result.code = CliApp::run(QStringList {QStringLiteral("eventsmith-cli")} + args, io);
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

TestCli::Run TestCli::runProcess(const QStringList &args, const QByteArray &input)
{
    const CliRunner::Run run
        = CliRunner::run(args, QProcessEnvironment::systemEnvironment(), input);
    return {run.code, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

QString TestCli::data(const QString &name)
{
    return CliRunner::data(name);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = m_dir.filePath(QStringLiteral("example.json"));
    QFile file(m_example);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "deal_won",
                  "opportunityId": "opp-7", "opportunityName": "Acme renewal", "amount": 1200})");
}

void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QLatin1String("eventsmith-cli 0.")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *command : {"validate", "dedup", "schema"})
        QVERIFY(help.out.contains(QLatin1String(command)));
    const Run commandHelp = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.code, 0);
    QVERIFY(commandHelp.out.startsWith(QLatin1String("Usage: eventsmith-cli validate [options]")));
    QVERIFY(commandHelp.out.contains(QLatin1String("--family")));
}

void TestCli::validatesAValidExample()
{
    const Run r = run({QStringLiteral("validate"), m_example});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("detected crm")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("1 event: 1 valid, 0 invalid; 0 errors")));
}

void TestCli::reportsFindingsWithPositions()
{
    const QString file = data(QStringLiteral("invalid/emails-to-empty.json"));
    QVERIFY(QFile::exists(file));
    const Run r = run(
        {QStringLiteral("validate"), QStringLiteral("--family"), QStringLiteral("emails"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("emails-to-empty\\.json:\\d+:\\d+: error /to: .*\\[min-items\\]"))),
        qPrintable(r.out));
}

void TestCli::jsonOutputFollowsTheContract()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"),
        QStringLiteral("json"), data(QStringLiteral("invalid/emails-to-empty.json")), m_example});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray results = root[QLatin1String("results")].toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results[0].toObject();
    QCOMPARE(first[QLatin1String("family")].toString(), QStringLiteral("emails"));
    QCOMPARE(first[QLatin1String("valid")].toBool(), false);
    const bool explicitId
        = first[QLatin1String("dedupSource")].toString() == QLatin1String("explicit");
    QVERIFY(!first[QLatin1String("dedupId")].toString().isEmpty());
    QCOMPARE(first[QLatin1String("dedupComponents")].toArray().size(), explicitId ? 1 : 4);
    const QJsonObject issue = first[QLatin1String("issues")].toArray()[0].toObject();
    QCOMPARE(issue[QLatin1String("severity")].toString(), QStringLiteral("error"));
    QCOMPARE(issue[QLatin1String("path")].toString(), QStringLiteral("/to"));
    QCOMPARE(issue[QLatin1String("code")].toString(), QStringLiteral("min-items"));
    QVERIFY(issue[QLatin1String("line")].toInt() > 0 && issue[QLatin1String("column")].toInt() > 0);
    const QJsonObject second = results[1].toObject();
    QCOMPARE(second[QLatin1String("valid")].toBool(), true);
    QCOMPARE(second[QLatin1String("dedupComponents")].toArray(),
        QJsonArray({QStringLiteral("opp-7"), QStringLiteral("deal_won")}));
    const QJsonObject summary = root[QLatin1String("summary")].toObject();
    QCOMPARE(summary[QLatin1String("events")].toInt(), 2);
    QCOMPARE(summary[QLatin1String("valid")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("errors")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("collisions")].toInt(), 0);
}

void TestCli::malformedJsonIsAnInputError()
{
    const Run r = run({QStringLiteral("validate"), data(QStringLiteral("cli/broken.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.contains(QLatin1String("broken.json:4:3: error: expected")), qPrintable(r.out));
}

void TestCli::usageErrors_data()
{
    CliRunner::addUsageErrorColumns();
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("no input") << QStringList {QStringLiteral("validate")} << "at least one input";
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("validate"), QStringLiteral("--nope"), QStringLiteral("x")}
        << "nope";
    QTest::newRow("bad family") << QStringList {QStringLiteral("validate"),
        QStringLiteral("--family"), QStringLiteral("sms"), QStringLiteral("x")}
                                << "unknown family";
    QTest::newRow("missing file") << QStringList {QStringLiteral("validate"),
        QStringLiteral("/nonexistent/x.json")}
                                  << "cannot open";
    QTest::newRow("bad format") << QStringList {QStringLiteral("validate"),
        QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x")}
                                << "--format";
    QTest::newRow("json-schema without family") << QStringList {QStringLiteral("schema"),
        QStringLiteral("--format"), QStringLiteral("json-schema")}
                                                << "needs --family";
    // Option values are parsed strictly: each bad one is an exit-2 error that names it.
    const auto row = [](const char *name, const QStringList &args, const char *message) {
        QTest::newRow(name) << args << QString::fromLatin1(message);
    };
    const QString store = m_dir.filePath(QStringLiteral("strict.db"));
    const QString s = QStringLiteral("serve");
    row("serve body-limit abc", {s, QStringLiteral("--body-limit"), QStringLiteral("abc")},
        "--body-limit takes a whole number");
    row("serve body-limit -1", {s, QStringLiteral("--body-limit"), QStringLiteral("-1")},
        "--body-limit takes a whole number");
    row("serve fail-rate nan", {s, QStringLiteral("--fail-rate"), QStringLiteral("nan")},
        "--fail-rate takes a number from 0 to 1");
    row("serve format xml", {s, QStringLiteral("--format"), QStringLiteral("xml")},
        "--format takes text or json");
    row("serve retry-after abc", {s, QStringLiteral("--retry-after"), QStringLiteral("abc")},
        "--retry-after takes a whole number");
    row("serve idle-timeout 0", {s, QStringLiteral("--idle-timeout"), QStringLiteral("0")},
        "--idle-timeout takes a number from 0.01 to 86400");
    row("serve request-timeout nan",
        {s, QStringLiteral("--request-timeout"), QStringLiteral("nan")},
        "--request-timeout takes a number from 0.01 to 86400");
    const QStringList replay {QStringLiteral("replay"), QStringLiteral("--target"),
        QStringLiteral("local"), QStringLiteral("--store"), store, QStringLiteral("x.json")};
    row("replay rate nan", replay + QStringList {QStringLiteral("--rate"), QStringLiteral("nan")},
        "--rate takes a number");
    row("replay rate inf", replay + QStringList {QStringLiteral("--rate"), QStringLiteral("inf")},
        "--rate takes a number");
    row("replay rate tiny",
        replay + QStringList {QStringLiteral("--rate"), QStringLiteral("1e-300")},
        "--rate is 0 (no limit) or at least 0.01");
    row("replay retries overflow",
        replay + QStringList {QStringLiteral("--retries"), QStringLiteral("2147483647")},
        "--retries takes a whole number from 0 to 1000");
    row("events limit abc",
        {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("abc"), QStringLiteral("--store"), store},
        "--limit takes a whole number from 1");
    row("events show huge id",
        {QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("99999999999999999999"),
            QStringLiteral("--store"), store},
        "is not an event id");
    row("send timeout abc",
        {QStringLiteral("send"), QStringLiteral("--no-history"), QStringLiteral("--target"),
            QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--timeout"),
            QStringLiteral("abc"), QStringLiteral("x.json")},
        "--timeout takes a whole number");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    CLI_VERIFY_USAGE_ERROR(r, message);
}

void TestCli::ndjsonCollisions()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"),
        QStringLiteral("json"), data(QStringLiteral("cli/collide.ndjson"))});
    QCOMPARE(r.code, 1); // the crm line has an empty opportunityId
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray results = root[QLatin1String("results")].toArray();
    QCOMPARE(results.size(), 3); // the blank line is skipped
    QVERIFY(
        results[1][QLatin1String("source")].toString().endsWith(QLatin1String("collide.ndjson:2")));
    QCOMPARE(results[0][QLatin1String("dedupId")], results[1][QLatin1String("dedupId")]);
    QCOMPARE(root[QLatin1String("summary")][QLatin1String("collisions")].toInt(), 1);
    const QJsonObject crmIssue = results[2][QLatin1String("issues")].toArray()[0].toObject();
    QCOMPARE(crmIssue[QLatin1String("path")].toString(), QStringLiteral("/opportunityId"));
    QCOMPARE(crmIssue[QLatin1String("line")].toInt(), 4);
}

void TestCli::setFileSources()
{
    const Run r = run({QStringLiteral("validate"), data(QStringLiteral("cli/small.events.json"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.out.contains(QLatin1String("small.events.json:20:18: error /title: `title` is required")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("2 events: 1 valid, 1 invalid")));
}

void TestCli::dedupShowsComponents()
{
    const Run r = run({QStringLiteral("dedup"), data(QStringLiteral("cli/collide.ndjson"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("\"maya@example.com\"")));
    QVERIFY(r.out.contains(QLatin1String("\"2024-02-03T10:30:00.000Z\"")));
    QVERIFY(r.out.contains(QLatin1String("collision: same dedup ID as")));
    QVERIFY(r.out.contains(QLatin1String("1 dedup collision\n")));
}

void TestCli::schemaExport()
{
    const Run r = run({QStringLiteral("schema"), QStringLiteral("--family"), QStringLiteral("crm"),
        QStringLiteral("--format"), QStringLiteral("json-schema")});
    QCOMPARE(r.code, 0);
    QFile resource(QStringLiteral(EVENTSMITH_SOURCE_DIR "/resources/schemas/crm.schema.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()), QJsonDocument::fromJson(resource.readAll()));
    const QString out = m_dir.filePath(QStringLiteral("openapi.json"));
    QCOMPARE(run({QStringLiteral("schema"), QStringLiteral("--format"), QStringLiteral("openapi"),
                     QStringLiteral("-o"), out})
                 .code,
        0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())[QLatin1String("openapi")].toString(),
        QStringLiteral("3.1.0"));
}

void TestCli::badSchemaFileSaysWhere()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--schema"),
        data(QStringLiteral("cli/bad-schema.json")), m_example});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("bad-schema.json:5:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("`pattern`")));
    QVERIFY(r.err.contains(QLatin1String("#/properties/subject/pattern")));
}

void TestCli::processValidateFromStdin()
{
    QFile file(m_example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Run r = runProcess({QStringLiteral("validate"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("-")},
        file.readAll());
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root[QLatin1String("results")][0][QLatin1String("source")].toString(),
        QStringLiteral("<stdin>"));
    QCOMPARE(root[QLatin1String("results")][0][QLatin1String("family")].toString(),
        QStringLiteral("crm"));
}

void TestCli::processDedup()
{
    const Run r = runProcess({QStringLiteral("dedup"), QStringLiteral("--format"),
        QStringLiteral("json"), data(QStringLiteral("cli/collide.ndjson"))});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root[QLatin1String("collisions")].toInt(), 1);
    QVERIFY(root[QLatin1String("results")][1][QLatin1String("collision")].toString().contains(
        QLatin1String("collide.ndjson:1")));
}

void TestCli::processSchema()
{
    const Run r = runProcess(
        {QStringLiteral("schema"), QStringLiteral("--format"), QStringLiteral("summary")});
    QCOMPARE(r.code, 0);
    for (const char *family : {"emails:", "calls:", "crm:", "social:"})
        QVERIFY(r.out.contains(QLatin1String(family)));
    QVERIFY(r.out.contains(QLatin1String("assumption:")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
