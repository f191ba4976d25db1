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

// `import` and `export` in-process over a temporary store: validation before storing, keys moved
// out of cURL commands, skipped requests listed, exports of stored sets and of files.
class TestCliIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvImportThenExport();
    void invalidRowsStoreNothing();
    void curlKeyNeverStored();
    void postmanAndHarListSkipped();
    void ndjsonStreamsThroughExport();
    void importingTwiceCanSkipWhatIsThere();
    void skipInvalidStoresTheRestAndWritesRejects();
    void usageErrors_data();
    void usageErrors();
    void processExportToFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args) const;
    QString write(const QString &name, const QByteArray &text) const;
    static QString data(const char *name)
    {
        return CliRunner::data(QStringLiteral("io/") + QLatin1String(name));
    }

    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("store.db"));
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the keychain is unavailable here, quickly
    qunsetenv("EVENTSMITH_API_KEY");
}

TestCliIo::Run TestCliIo::run(const QStringList &args) const
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io;
    io.out = &out;
    io.err = &err;
    Run result;
    QStringList all = QStringList {QStringLiteral("eventsmith-cli")} + args;
    if (!args.contains(QLatin1String("--help"))
        && (args.value(0) == QLatin1String("import") || args.value(0) == QLatin1String("export")))
        all << QStringLiteral("--store") << m_store;
    result.code = CliApp::run(all, io);
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

QString TestCliIo::write(const QString &name, const QByteArray &text) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

void TestCliIo::csvImportThenExport()
{
    const Run imported = run({QStringLiteral("import"), QStringLiteral("csv"), data("leads.csv"),
        QStringLiteral("--map"), data("leads.map.json"), QStringLiteral("--set"),
        QStringLiteral("leads")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("imported 2 events into set \"leads\"\n"));
    QVERIFY(imported.err.contains(QLatin1String("2 events: 2 valid, 0 with errors")));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("leads"),
        QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(exported.code, 0);
    const QStringList lines = exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("family")).toString(), QStringLiteral("emails"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("lead1@example.com"));
    QCOMPARE(first.value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("eventId"))
                 .toString(),
        QStringLiteral("lead-1"));
    const Run again = run({QStringLiteral("import"), QStringLiteral("csv"),
        data("leads-bom-semicolon.csv"), QStringLiteral("--map"), data("leads.map.json"),
        QStringLiteral("--set"), QStringLiteral("leads")});
    QCOMPARE(again.code, 0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--format"),
                     QStringLiteral("set")})
                 .out.count(QLatin1String("\"family\": \"emails\"")),
        3);
}

void TestCliIo::invalidRowsStoreNothing()
{
    const QString csv = write(QStringLiteral("bad.csv"),
        "Email,Name,Company,Note,Amount\nok@example.com,A,B,hi,1\nnot-an-address,A,B,hi,1\nx@"
        "example.com,A,B,,one\n");
    const Run r
        = run({QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--map"),
            data("leads.map.json"), QStringLiteral("--set"), QStringLiteral("bad")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("bad.csv:3 (emails): not importable")));
    QVERIFY(r.err.contains(QLatin1String("/to/0/email")));
    QVERIFY(r.err.contains(QLatin1String("bad.csv:4 (emails): not importable")));
    QVERIFY(r.err.contains(QLatin1String("column-type")));
    QVERIFY(r.err.contains(QLatin1String("3 events: 1 valid, 2 with errors")));
    QVERIFY(r.err.contains(QLatin1String("nothing stored")));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("bad"),
        QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(exported.code, 2); // the set was never created
}

void TestCliIo::curlKeyNeverStored()
{
    const Run r = run({QStringLiteral("import"), QStringLiteral("curl"), data("docs.curl"),
        QStringLiteral("--set"), QStringLiteral("docs"), QStringLiteral("--target"),
        QStringLiteral("docs-target")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("sk_live")));
    QVERIFY(!r.err.contains(QLatin1String("sk_live")));
    QVERIFY2(r.err.contains(QLatin1String("keychain is unavailable")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("set EVENTSMITH_API_KEY in the environment")));
    QVERIFY(r.err.contains(QLatin1String("saved target \"docs-target\"")));
    const Run exported
        = run({QStringLiteral("export"), QStringLiteral("docs"), QStringLiteral("--format"),
            QStringLiteral("curl"), QStringLiteral("--target"), QStringLiteral("docs-target")});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.out.contains(QLatin1String("$EVENTSMITH_API_KEY")));
    QVERIFY(exported.out.contains(QLatin1String("It'\\''s here")));
    QVERIFY(!exported.out.contains(QLatin1String("sk_live")));
    QFile store(m_store);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(!store.readAll().contains("sk_live_docs_example_123"));
    QFile wal(m_store + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("sk_live_docs_example_123"));
}

void TestCliIo::postmanAndHarListSkipped()
{
    const Run postman = run({QStringLiteral("import"), QStringLiteral("postman"),
        data("collection.postman.json"), QStringLiteral("--set"), QStringLiteral("pm")});
    QVERIFY2(postman.code == 0, qPrintable(postman.err));
    QVERIFY(
        postman.err.contains(QLatin1String("skipped: List agents: GET {{baseUrl}}/api/v2/agents")));
    QVERIFY(postman.err.contains(QLatin1String("skipped: Create person: POST")));
    QCOMPARE(postman.out, QStringLiteral("imported 2 events into set \"pm\"\n"));
    const Run har = run({QStringLiteral("import"), QStringLiteral("har"), data("browser.har"),
        QStringLiteral("--set"), QStringLiteral("har")});
    QVERIFY2(har.code == 0, qPrintable(har.err));
    QVERIFY(har.err.contains(QLatin1String("skipped: browser.har#0: GET")));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("pm"),
        QStringLiteral("--format"), QStringLiteral("postman")});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.out.contains(
        QLatin1String("12345678901234567890, \\\"one\\\": 1.0"))); // exact text
}

void TestCliIo::ndjsonStreamsThroughExport()
{
    QByteArray text;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("{\"family\":\"crm\",\"payload\":{\"eventTimestamp\":\"2024-02-"
                               "03T10:30:00Z\",\"eventType\":\"deal_won\",\"opportunityId\":\"o-%"
                               "1\",\"opportunityName\":\"n\",\"amount\":1.50}}\n")
                    .arg(i)
                    .toUtf8();
    text += "{broken\n";
    const QString file = write(QStringLiteral("many.ndjson"), text);
    const Run exported
        = run({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("har")});
    QCOMPARE(exported.code, 2); // the broken line is reported
    QVERIFY(exported.err.contains(QLatin1String("many.ndjson:1001: not exported")));
    QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8())
                 .object()
                 .value(QStringLiteral("log"))
                 .toObject()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
        1000);
    const Run refused = run({QStringLiteral("import"), QStringLiteral("ndjson"), file});
    QCOMPARE(refused.code, 1);
    text.chop(8);
    const Run imported = run({QStringLiteral("import"), QStringLiteral("ndjson"),
        write(QStringLiteral("good.ndjson"), text)});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.out, QStringLiteral("imported 1000 events into set \"good\"\n"));
    QVERIFY(run({QStringLiteral("export"), QStringLiteral("good"), QStringLiteral("--format"),
                    QStringLiteral("ndjson")})
                .out.contains(QLatin1String("\"amount\":1.50}")));
}

void TestCliIo::importingTwiceCanSkipWhatIsThere()
{
    const QString file = CliRunner::data(QStringLiteral("library/four.ndjson"));
    const QStringList twice {QStringLiteral("import"), QStringLiteral("ndjson"), file,
        QStringLiteral("--set"), QStringLiteral("twice")};
    QCOMPARE(run(twice).code, 0);
    const Run again = run(twice);
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out,
        QStringLiteral("imported 4 events into set \"twice\"; 4 of them were there already "
                       "(--skip-existing leaves them out)\n"));
    const Run skipped = run(twice + QStringList {QStringLiteral("--skip-existing")});
    QCOMPARE(skipped.code, 0);
    QCOMPARE(skipped.out,
        QStringLiteral("imported 0 events into set \"twice\"; left out 4 already there\n"));
}

void TestCliIo::skipInvalidStoresTheRestAndWritesRejects()
{
    const QString file = CliRunner::data(QStringLiteral("library/broken-line.ndjson"));
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.ndjson"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("ndjson"), file,
        QStringLiteral("--set"), QStringLiteral("partly"), QStringLiteral("--skip-invalid"),
        QStringLiteral("--rejects"), rejects});
    QCOMPARE(r.code, 1); // some events had errors
    QVERIFY2(r.err.contains(QLatin1String("1 events with errors written to")), qPrintable(r.err));
    QCOMPARE(
        r.out, QStringLiteral("imported 1 events into set \"partly\"; left out 1 with errors\n"));
    QFile written(rejects);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), original.readAll().split('\n').at(1) + '\n');
    const Run alone = run({QStringLiteral("import"), QStringLiteral("ndjson"), file,
        QStringLiteral("--rejects"), rejects});
    QCOMPARE(alone.code, 2); // --rejects without --skip-invalid
}

void TestCliIo::usageErrors_data()
{
    CliRunner::addUsageErrorColumns();
    QTest::newRow("no kind") << QStringList {QStringLiteral("import")}
                             << QStringLiteral("give a kind and a file");
    QTest::newRow("bad kind") << QStringList {QStringLiteral("import"), QStringLiteral("xml"),
        QStringLiteral("x")} << QStringLiteral("unknown kind");
    QTest::newRow("csv without map")
        << QStringList {QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("x.csv")}
        << QStringLiteral("needs --map");
    QTest::newRow("missing file") << QStringList {QStringLiteral("import"), QStringLiteral("har"),
        QStringLiteral("/nonexistent.har")}
                                  << "cannot read";
    QTest::newRow("bad format") << QStringList {QStringLiteral("export"), QStringLiteral("x"),
        QStringLiteral("--format"), QStringLiteral("xml")}
                                << "--format must be one of";
    QTest::newRow("unknown set") << QStringList {QStringLiteral("export"),
        QStringLiteral("nosuchset"), QStringLiteral("--format"), QStringLiteral("curl")}
                                 << "no set named";
    QTest::newRow("bad family") << QStringList {QStringLiteral("import"), QStringLiteral("ndjson"),
        QStringLiteral("x"), QStringLiteral("--family"), QStringLiteral("fax")}
                                << "unknown family";
}

void TestCliIo::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    CLI_VERIFY_USAGE_ERROR(r, message);
}

void TestCliIo::processExportToFile()
{
    const QString out = m_dir.filePath(QStringLiteral("out.postman.json"));
    QProcess process;
    process.start(CliRunner::binary(),
        {QStringLiteral("export"), data("mixed.events.json"), QStringLiteral("--format"),
            QStringLiteral("postman"), QStringLiteral("-o"), out, QStringLiteral("--target"),
            QStringLiteral("local"), QStringLiteral("--port"), QStringLiteral("9999")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\"value\":\"http://127.0.0.1:9999\""));
    QVERIFY(text.contains("{{baseUrl}}/api/v2/analytics/webhook/receive/generic/calls"));
    QVERIFY(text.contains("collection/v2.1.0/collection.json"));
    const Run help = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--map")));
}

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cliio.moc"
