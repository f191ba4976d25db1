#include "core/common/manualclock.h"
#include "core/io/boundedreader.h"
#include "core/io/csvimporter.h"
#include "core/io/csvreader.h"
#include "core/io/curlimporter.h"
#include "core/io/harimporter.h"
#include "core/io/inputreader.h"
#include "core/io/ioerrors.h"
#include "core/io/postmanimporter.h"
#include "core/schema/schemaset.h"
#include "core/templates/templateresolver.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

// Imports: RFC 4180 CSV through a mapping (100k rows streamed), Postman collections and HAR.
class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void skippedRequestsNeverShowAKey();
    void endlessInputsEndInAClearError();
    void payloadTextLeavesOutTheSpaceAroundIt();
    void boundedReaderKeepsSmallFilesWhole();
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

void TestImport::csvReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("1"), QStringLiteral("2")}}
                           << ',';
    QTest::newRow("quotes and newline")
        << QByteArray("a,b\r\n\"x, \"\"y\"\"\",\"line1\r\nline2\"\r\n")
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
               {QStringLiteral("x, \"y\""), QStringLiteral("line1\r\nline2")}}
        << ',';
    QTest::newRow("bom semicolon")
        << QByteArray("\xEF\xBB\xBFn;m\n\"1;2\";3")
        << QList<QStringList> {{QStringLiteral("n"), QStringLiteral("m")},
               {QStringLiteral("1;2"), QStringLiteral("3")}}
        << ';';
    QTest::newRow("tab") << QByteArray("a\tb,c\tz\n1\t2,3\tw\n")
                         << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b,c"),
                                                    QStringLiteral("z")},
                                {QStringLiteral("1"), QStringLiteral("2,3"), QStringLiteral("w")}}
                         << '\t';
    QTest::newRow("empty fields")
        << QByteArray("a,b,c\n,,\n\n\"\",x,\n")
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
               {QStringLiteral(""), QStringLiteral(""), QStringLiteral("")},
               {QStringLiteral(""), QStringLiteral("x"), QStringLiteral("")}}
        << ',';
    QTest::newRow("utf8") << QByteArray("name\nZoë\n")
                          << QList<QStringList> {{QStringLiteral("name")}, {QStringLiteral("Zoë")}}
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
                 {QStringLiteral("eventTimestamp"), QStringLiteral("eventType"),
                     QStringLiteral("opportunityId"), QStringLiteral("opportunityName")}),
        QStringList {QStringLiteral("eventTimestamp")});
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
    QCOMPARE(
        codes, (QStringList {QStringLiteral("column-type"), QStringLiteral("unknown-variable")}));
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

// A skipped request is named with its URL; a key in that URL must not come along.
void TestImport::skippedRequestsNeverShowAKey()
{
    const QByteArray postman = R"({"info": {"name": "c"}, "item": [
        {"name": "list", "request": {"method": "GET",
         "url": "https://h.example/agents?api_key=sk_POSTMAN_LEAK_789&x=1"}},
        {"name": "upper", "request": "https://h.example/a?API_KEY=sk_POSTMAN_UP"}]})";
    const auto fromPostman = PostmanImporter::importData(postman, QStringLiteral("c"));
    QVERIFY2(fromPostman.ok(), qPrintable(fromPostman.error().message));
    const QByteArray har = R"({"log": {"entries": [{"request": {"method": "GET",
        "url": "https://h.example/b?x-api-key=sk_HAR_LEAK&access_token=sk_HAR_TOKEN"}}]}})";
    const auto fromHar = HarImporter::importData(har, QStringLiteral("h"));
    QVERIFY2(fromHar.ok(), qPrintable(fromHar.error().message));
    const QStringList lines = fromPostman.value().skipped + fromHar.value().skipped;
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(QLatin1String("sk_")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("=***")), qPrintable(line));
    }
    QVERIFY(lines.first().contains(QLatin1String("x=1")));
}

// `-d @/dev/zero` aborted on bad_alloc; `validate /dev/zero` and an .ndjson link to /dev/urandom
// grew by GB/s. Each now stops at its ceiling with a message that names the input.
void TestImport::endlessInputsEndInAClearError()
{
    const auto curl = CurlImporter::importText(
        QStringLiteral("curl -X POST https://h/api/v2/analytics/webhook/receive/generic/emails "
                       "-d @/dev/zero"),
        QDir(QStringLiteral("/")));
    QVERIFY(!curl.ok());
    QCOMPARE(curl.error().code, IoErrors::TooLarge);
    QVERIFY2(curl.error().message.contains(QLatin1String("/dev/zero: more than 64 MiB")),
        qPrintable(curl.error().message));
    const auto zero = InputReader::read(QStringLiteral("/dev/zero"), [](const InputEvent &) {});
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().message.contains(QLatin1String("more than 256 MiB")),
        qPrintable(zero.error().message));
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("random.ndjson"));
    QVERIFY(QFile::link(QStringLiteral("/dev/urandom"), link));
    int visited = 0;
    const auto random = InputReader::read(link, [&visited](const InputEvent &) { ++visited; });
    QVERIFY(!random.ok());
    QVERIFY2(random.error().message.contains(QLatin1String("too large")),
        qPrintable(random.error().message));
    QCOMPARE(visited, 0);
}

// Found by fuzz_ndjson and fuzz_setfile: a bare payload's text kept the spaces around it, so the
// stored payload had them and findings on its first line were columns off.
void TestImport::payloadTextLeavesOutTheSpaceAroundIt()
{
    QList<QByteArray> texts;
    QList<int> columns;
    const auto visit = [&](const InputEvent &e) {
        texts << QByteArray(e.payloadText.data(), qsizetype(e.payloadText.size()));
        columns << e.payloadStart.column;
    };
    QVERIFY(InputReader::readText("   {\"a\": 1}  \n", QStringLiteral("x.ndjson"), visit).ok());
    QVERIFY(InputReader::readText("\n  [1, 2] \n", QStringLiteral("x.json"), visit).ok());
    QCOMPARE(texts, QList<QByteArray>({"{\"a\": 1}", "[1, 2]"}));
    QCOMPARE(columns, QList<int>({4, 3}));
}

void TestImport::boundedReaderKeepsSmallFilesWhole()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(3000, 'x'));
    file.flush();
    const auto whole = BoundedReader::readFile(file.fileName(), 3000);
    QVERIFY(whole.ok());
    QCOMPARE(whole.value().size(), 3000);
    const auto over = BoundedReader::readFile(file.fileName(), 2999);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, IoErrors::TooLarge);
    QCOMPARE(BoundedReader::readFile(QStringLiteral("/nonexistent/x")).error().code,
        IoErrors::Unreadable);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
