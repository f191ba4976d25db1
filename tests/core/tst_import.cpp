#include "common/manualclock.h"
#include "io/csvimporter.h"
#include "io/csvreader.h"
#include "io/curlimporter.h"
#include "io/eventendpoint.h"
#include "io/harimporter.h"
#include "io/postmanimporter.h"
#include "io/shellwords.h"
#include "schema/schemaset.h"
#include "templates/templateresolver.h"
#include "validation/payloadcheck.h"
#include "validation/validator.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

// Imports: cURL as docs and browsers print it, RFC 4180 CSV through a mapping, Postman and HAR.
class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void shellWords_data();
    void shellWords();
    void familyFromUrl_data();
    void familyFromUrl();
    void curlFromDocs();
    void curlFromBrowser();
    void curlVariants_data();
    void curlVariants();
    void curlErrors();
    void csvReader_data();
    void csvReader();
    void csvUnterminatedQuote();
    void csvMappingBuildsValidEvents();
    void csvBadCellsAndMissingColumns();
    void csvStreamsManyRows();
    void postmanCollection();
    void harFile();

private:
    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
    static QString data(const char *name)
    {
        return QStringLiteral(EVENTSMITH_TEST_DATA "/io/") + QLatin1String(name);
    }
};

void TestImport::shellWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("single quotes") << "curl 'a b' c" << QStringList {"curl", "a b", "c"};
    QTest::newRow("double quotes")
        << "curl \"a \\\"b\\\" $X \\n\"" << QStringList {"curl", "a \"b\" $X \\n"};
    QTest::newRow("continuation") << "curl a \\\n  b \\\r\n c"
                                  << QStringList {"curl", "a", "b", "c"};
    QTest::newRow("ansi-c") << "curl $'it\\'s\\n\\x41\\u00e9'"
                            << QStringList {"curl", "it's\nA\u00e9"};
    QTest::newRow("adjacent pieces") << "curl 'x'\"y\"z" << QStringList {"curl", "xyz"};
    QTest::newRow("escaped space") << "curl a\\ b" << QStringList {"curl", "a b"};
    QTest::newRow("comment") << "# note 'x\ncurl a # tail" << QStringList {"curl", "a"};
    QTest::newRow("empty word") << "curl ''" << QStringList {"curl", ""};
}

void TestImport::shellWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    auto split = ShellWords::split(text);
    QVERIFY(split.ok());
    QCOMPARE(split.value().size(), 1);
    QCOMPARE(split.value().first(), words);
}

void TestImport::familyFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("urlTemplate");
    QTest::newRow("current")
        << "https://app.octavehq.com/api/v2/analytics/webhook/receive/generic/emails"
        << "emails"
        << "https://app.octavehq.com/api/v2/analytics/webhook/receive/generic/{eventType}";
    QTest::newRow("older")
        << "https://h/api/v2/analytics/webhook/receive/generic/generic/calls?api_key=k&x=1"
        << "calls"
        << "https://h/api/v2/analytics/webhook/receive/generic/generic/{eventType}?x=1";
    QTest::newRow("postman") << "{{baseUrl}}/api/v2/analytics/webhook/receive/generic/crm/"
                             << "crm"
                             << "{{baseUrl}}/api/v2/analytics/webhook/receive/generic/{eventType}/";
    QTest::newRow("other endpoint") << "https://h/api/v2/people"
                                    << ""
                                    << "https://h/api/v2/people";
    QTest::newRow("deeper path") << "https://h/receive/generic/emails/extra"
                                 << ""
                                 << "https://h/receive/generic/emails/extra";
}

void TestImport::familyFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, family);
    QFETCH(QString, urlTemplate);
    QCOMPARE(EventEndpoint::familyOf(url), family);
    QCOMPARE(EventEndpoint::urlTemplate(url), urlTemplate);
}

void TestImport::curlFromDocs()
{
    auto report = CurlImporter::importFile(data("docs.curl"));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().events.size(), 1);
    const PortableEvent &event = report.value().events.first();
    QCOMPARE(event.family, QStringLiteral("emails"));
    QCOMPARE(object(event.payload).value(QStringLiteral("subject")).toString(),
        QStringLiteral("It's here"));
    QVERIFY(event.payload.contains("\n  \"eventType\"")); // -d inline keeps the text as typed
    QCOMPARE(report.value().apiKey, QStringLiteral("sk_live_docs_example_123"));
    QVERIFY(!event.payload.contains("sk_live"));
    QVERIFY(!report.value().keyInQuery);
    QVERIFY(report.value().unsupported.isEmpty());
    QCOMPARE(report.value().urlTemplate,
        QStringLiteral(
            "https://app.octavehq.com/api/v2/analytics/webhook/receive/generic/{eventType}"));
}

void TestImport::curlFromBrowser()
{
    auto report = CurlImporter::importFile(data("browser.curl"));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().events.size(), 1);
    const QJsonObject payload = object(report.value().events.first().payload);
    QCOMPARE(report.value().events.first().family, QStringLiteral("crm"));
    QCOMPARE(payload.value(QStringLiteral("opportunityName")).toString(),
        QStringLiteral("Acme 'big' deal\u00e9"));
    QCOMPARE(report.value().apiKey, QStringLiteral("sk_query_456"));
    QVERIFY(report.value().keyInQuery);
    QVERIFY(!report.value().urlTemplate.contains(QLatin1String("sk_query")));
    QCOMPARE(report.value().unsupported, QStringList {"--compressed (not applied to the event)"});
}

void TestImport::curlVariants_data()
{
    const QString url = QStringLiteral("https://h/api/v2/analytics/webhook/receive/generic/emails");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("unsupported");
    QTest::newRow("glued -XPOST -d")
        << "curl -XPOST -d'{\"a\":1}' " + url << 1 << "{\"a\":1}" << QStringList();
    QTest::newRow("--url --json") << "curl --url " + url + " --json '{\"b\":2}'" << 1 << "{\"b\":2}"
                                  << QStringList();
    QTest::newRow("@file") << "curl " + url + " -d @email.json" << 1 << "" << QStringList();
    QTest::newRow("repeated -d joins")
        << "curl " + url + " -d a -d b" << 1 << "a&b" << QStringList();
    QTest::newRow("unsupported listed")
        << "curl -s -u me:pw -L " + url + " -d x" << 1 << "x"
        << QStringList {"-s (not applied to the event)", "-u (not applied to the event)",
               "-L (not applied to the event)"};
    QTest::newRow("GET skipped") << "curl " + url << 0 << "" << QStringList();
    QTest::newRow("two commands") << "curl " + url + " -d 1\ncurl " + url + " -d 2" << 2 << "1"
                                  << QStringList();
    QTest::newRow("env key") << "curl " + url + " -H \"api_key: $MY_KEY\" -d 1" << 1 << "1"
                             << QStringList();
}

void TestImport::curlVariants()
{
    QFETCH(QString, command);
    QFETCH(int, events);
    QFETCH(QString, body);
    QFETCH(QStringList, unsupported);
    auto report
        = CurlImporter::importText(command, QDir(QStringLiteral(EVENTSMITH_TEST_DATA "/io")));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().events.size(), events);
    QCOMPARE(report.value().skipped.size(), events == 0 ? 1 : 0);
    QCOMPARE(report.value().unsupported, unsupported);
    if (events == 0)
        return;
    const QByteArray payload = report.value().events.first().payload;
    if (body.isEmpty()) { // @file: -d strips newlines like curl does
        QVERIFY(!payload.contains('\n'));
        QCOMPARE(
            object(payload).value(QStringLiteral("subject")).toString(), QStringLiteral("Hello"));
    } else {
        QCOMPARE(QString::fromUtf8(payload), body);
    }
    if (command.contains(QLatin1String("MY_KEY"))) {
        QCOMPARE(report.value().apiKeyEnvVar, QStringLiteral("MY_KEY"));
        QVERIFY(report.value().apiKey.isEmpty());
    }
}

void TestImport::curlErrors()
{
    QCOMPARE(CurlImporter::importText(QStringLiteral("curl 'unterminated")).error().code,
        QStringLiteral("unterminated-quote"));
    QCOMPARE(CurlImporter::importText(QStringLiteral("wget x")).error().code,
        QStringLiteral("curl-syntax"));
    QCOMPARE(
        CurlImporter::importText(QStringLiteral("curl https://h -d @missing.json")).error().code,
        QStringLiteral("unreadable"));
    QCOMPARE(CurlImporter::importText(QStringLiteral("curl https://h -H")).error().code,
        QStringLiteral("curl-syntax"));
}

void TestImport::csvReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList> {{"a", "b"}, {"1", "2"}} << ',';
    QTest::newRow("quotes and newline")
        << QByteArray("a,b\r\n\"x, \"\"y\"\"\",\"line1\r\nline2\"\r\n")
        << QList<QStringList> {{"a", "b"}, {"x, \"y\"", "line1\r\nline2"}} << ',';
    QTest::newRow("bom semicolon") << QByteArray("\xEF\xBB\xBFn;m\n\"1;2\";3")
                                   << QList<QStringList> {{"n", "m"}, {"1;2", "3"}} << ';';
    QTest::newRow("tab") << QByteArray("a\tb,c\tz\n1\t2,3\tw\n")
                         << QList<QStringList> {{"a", "b,c", "z"}, {"1", "2,3", "w"}} << '\t';
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\n\"\",x,\n")
                                  << QList<QStringList> {{"a", "b", "c"}, {"", "", ""},
                                         {"", "x", ""}}
                                  << ',';
    QTest::newRow("utf8") << QByteArray("name\nZoë\n") << QList<QStringList> {{"name"}, {"Zoë"}}
                          << ',';
}

void TestImport::csvReader()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(char, delimiter);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> read;
    QStringList row;
    while (reader.readRow(&row))
        read << row;
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(read, rows);
    QCOMPARE(reader.delimiter(), delimiter);
}

void TestImport::csvUnterminatedQuote()
{
    QByteArray text("a\n\"never closed\nmore");
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(&row));
    QVERIFY(!reader.readRow(&row));
    QVERIFY(reader.errorString().contains(QLatin1String("line 2")));
}

void TestImport::csvMappingBuildsValidEvents()
{
    auto mapping = CsvMapping::load(data("leads.map.json"));
    QVERIFY2(mapping.ok(), qPrintable(mapping.error().message));
    auto schemas = SchemaSet::loadBuiltIn();
    QVERIFY(schemas.ok());
    QVERIFY(mapping.value()
                .unmappedFields(schemas.value().schema(QStringLiteral("emails"))->requiredFields())
                .isEmpty());
    ManualClock clock;
    TemplateResolver resolver(&clock);
    CsvImporter importer(mapping.value(), resolver);
    const Validator validator(schemas.value(), &clock);
    QVector<CsvImporter::Row> rows;
    for (const char *file : {"leads.csv", "leads-bom-semicolon.csv"}) {
        auto count
            = importer.importFile(data(file), [&](const CsvImporter::Row &row) { rows << row; });
        QVERIFY2(count.ok(), qPrintable(count.error().message));
    }
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).line, 4); // the first row spans lines 2 and 3
    for (const CsvImporter::Row &row : rows) {
        QVERIFY(row.findings.isEmpty());
        const PayloadCheck check
            = PayloadCheck::checkText(validator, row.event.family, row.event.payload.toStdString());
        QVERIFY2(check.valid(), row.event.payload.constData());
    }
    const QJsonObject first = object(rows.at(0).event.payload);
    QCOMPARE(first.value(QStringLiteral("to"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("Ada Lovelace"));
    QCOMPARE(
        first.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Said \"yes\", then\nasked for a call"));
    QCOMPARE(first.value(QStringLiteral("customMetadata"))
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toDouble(),
        12.5);
    QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("Intro for Acme"));
    QCOMPARE(first.value(QStringLiteral("eventTimestamp")).toString(),
        QStringLiteral("2024-02-03T10:30:00Z"));
    QCOMPARE(
        first.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("SDR"));
    QCOMPARE(rows.at(0).event.name, QStringLiteral("lead1@example.com"));
    QCOMPARE(object(rows.at(2).event.payload)
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
        QStringLiteral("a;b"));
    // The mapping saves and loads back to the same thing.
    auto again = CsvMapping::fromJson(mapping.value().toJson());
    QVERIFY(again.ok());
    QCOMPARE(again.value().toJson(), mapping.value().toJson());
}

void TestImport::csvBadCellsAndMissingColumns()
{
    auto mapping = CsvMapping::fromJson(
        R"({"family": "crm", "columns": {"Id": "opportunityId", "Amount": {"field": "amount", "type": "number"}},
        "constants": {"eventType": "deal_won"}, "templates": {"opportunityName": "{{col.Nope}}"}})");
    QVERIFY(mapping.ok());
    QCOMPARE(mapping.value().unmappedFields(
                 {"eventTimestamp", "eventType", "opportunityId", "opportunityName"}),
        QStringList {"eventTimestamp"});
    TemplateResolver resolver;
    CsvImporter importer(mapping.value(), resolver);
    QByteArray text("Id,Amount\nopp-1,lots\nopp-2,5,extra\n");
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    QVector<CsvImporter::Row> rows;
    QVERIFY(importer
                .import(&buffer, QStringLiteral("deals.csv"),
                    [&](const CsvImporter::Row &row) { rows << row; })
                .ok());
    QCOMPARE(rows.size(), 2);
    QStringList codes;
    for (const Finding &f : rows.at(0).findings)
        codes << f.code;
    QCOMPARE(codes, (QStringList {"column-type", "unknown-variable"}));
    QCOMPARE(rows.at(1).findings.last().code, QStringLiteral("csv-cell-count"));
    QCOMPARE(rows.at(1).event.source, QStringLiteral("deals.csv:3"));
    QByteArray other("Identifier,Amount\nx,1\n");
    QBuffer otherBuffer(&other);
    otherBuffer.open(QIODevice::ReadOnly);
    auto missing
        = importer.import(&otherBuffer, QStringLiteral("x.csv"), [](const CsvImporter::Row &) {});
    QCOMPARE(missing.error().code, QStringLiteral("csv-missing-column"));
    QVERIFY(missing.error().message.contains(QLatin1String("Id")));
    QCOMPARE(
        CsvMapping::fromJson(R"({"columns": {"A": {"field": "x", "type": "date"}}})").error().code,
        QStringLiteral("bad-mapping"));
}

void TestImport::csvStreamsManyRows()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    constexpr int rowCount = 100000;
    file.write("Email,Note\n");
    for (int i = 0; i < rowCount; ++i)
        file.write(QStringLiteral("lead%1@example.com,\"note %1\nsecond line\"\n").arg(i).toUtf8());
    file.close();
    auto mapping = CsvMapping::fromJson(
        R"({"family": "emails", "columns": {"Email": "to[0].email", "Note": "body.text"}})");
    TemplateResolver resolver;
    CsvImporter importer(mapping.value(), resolver);
    qint64 seen = 0;
    QByteArray last;
    auto count = importer.importFile(file.fileName(), [&](const CsvImporter::Row &row) {
        ++seen;
        last = row.event.payload;
    });
    QVERIFY(count.ok());
    QCOMPARE(count.value(), rowCount);
    QCOMPARE(seen, rowCount);
    QCOMPARE(object(last)
                 .value(QStringLiteral("to"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        QStringLiteral("lead99999@example.com"));
}

void TestImport::postmanCollection()
{
    auto report = PostmanImporter::importFile(data("collection.postman.json"));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().events.size(), 2);
    QCOMPARE(report.value().events.at(0).family, QStringLiteral("emails"));
    QCOMPARE(report.value().events.at(0).name, QStringLiteral("Log an email"));
    QVERIFY(report.value().events.at(0).payload.contains(
        "12345678901234567890, \"one\": 1.0")); // exact text
    QCOMPARE(report.value().events.at(1).family, QStringLiteral("calls"));
    QCOMPARE(report.value().skipped.size(), 2);
    QVERIFY(report.value().skipped.at(0).startsWith(QLatin1String("List agents: GET")));
    QVERIFY(report.value().skipped.at(1).startsWith(QLatin1String("Create person: POST")));
    QCOMPARE(PostmanImporter::importData("{\"log\": {}}", QStringLiteral("x")).error().code,
        QStringLiteral("not-postman"));
}

void TestImport::harFile()
{
    auto report = HarImporter::importFile(data("browser.har"));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().events.size(), 1);
    QCOMPARE(report.value().events.at(0).family, QStringLiteral("social"));
    QVERIFY(!report.value().events.at(0).payload.contains("sk_har"));
    QCOMPARE(report.value().skipped.size(), 1);
    QVERIFY(report.value().skipped.at(0).contains(
        QLatin1String("GET https://app.octavehq.com/dashboard")));
    QCOMPARE(
        HarImporter::importData("[]", QStringLiteral("x")).error().code, QStringLiteral("not-har"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
