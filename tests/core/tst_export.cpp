#include "core/io/curlimporter.h"
#include "core/io/eventwriterfactory.h"
#include "core/io/harimporter.h"
#include "core/io/jsontext.h"
#include "core/io/postmanimporter.h"
#include "core/io/setfilereader.h"
#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Exports and round trips: set -> Postman/HAR/NDJSON/set/cURL -> set keeps every payload, name,
// family and expectation; no export holds a key; newman runs the Postman export as is.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonTextKeepsTokens_data();
    void jsonTextKeepsTokens();
    void roundTrips_data();
    void roundTrips();
    void setFileIsStableAndPretty();
    void curlNeverHoldsTheKey();
    void newmanRunsThePostmanExport();
    void postmanExportKeepsItsAddressInOneVariable();

private:
    QByteArray write(EventWriter::Format format, const EventWriter::Options &options = {}) const;
    static QVector<PortableEvent> readBack(EventWriter::Format format, const QByteArray &text);

    QVector<PortableEvent> m_events;
};

void TestExport::initTestCase()
{
    auto read = SetFileReader::read(QStringLiteral(EVENTSMITH_TEST_DATA "/io/mixed.events.json"),
        [&](const PortableEvent &event, const InputEvent &input) {
            QVERIFY(input.parsed);
            m_events << event;
        });
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(m_events.size(), 3);
    QVERIFY(m_events.at(0).payload.contains("12345678901234567890"));
    QCOMPARE(m_events.at(1).expect, QByteArray("{\"status\": \"2xx\", \"duplicate\": false}"));
}

void TestExport::jsonTextKeepsTokens_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("numbers") << QByteArray(
        "{\"a\": 1.0, \"b\": 12345678901234567890, \"c\": -0.5e3}");
    QTest::newRow("strings") << QByteArray(
        "{\"s\": \"a, b: {c} [d] \\\" \\\\\", \"t\": \"\\u00e9\"}");
    QTest::newRow("duplicates and order") << QByteArray("{\"z\": 1, \"a\": 2, \"z\": 3}");
    QTest::newRow("empty containers")
        << QByteArray("{\"o\": { }, \"l\": [ ], \"n\": [[1,2],{\"x\":null}]}");
}

void TestExport::jsonTextKeepsTokens()
{
    QFETCH(QByteArray, json);
    const QByteArray minified = JsonText::minify(json);
    const QByteArray pretty = JsonText::reindent(json, 2, 4);
    QVERIFY(!minified.contains('\n'));
    QCOMPARE(JsonText::minify(pretty), minified); // only whitespace between tokens changed
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(json));
    QCOMPARE(JsonText::reindent(minified, 2, 4), pretty);
}

QByteArray TestExport::write(EventWriter::Format format, const EventWriter::Options &options) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto writer = EventWriterFactory::create(format, options);
    writer->begin(&buffer);
    for (const PortableEvent &event : m_events)
        writer->write(event);
    writer->finish();
    return out;
}

QVector<PortableEvent> TestExport::readBack(EventWriter::Format format, const QByteArray &text)
{
    if (format == EventWriter::Format::Postman)
        return PostmanImporter::importData(text, QStringLiteral("x")).value().events;
    if (format == EventWriter::Format::Har)
        return HarImporter::importData(text, QStringLiteral("x")).value().events;
    if (format == EventWriter::Format::Curl)
        return CurlImporter::importText(QString::fromUtf8(text)).value().events;
    QVector<PortableEvent> events;
    const QString name = format == EventWriter::Format::Ndjson ? QStringLiteral("x.ndjson")
                                                               : QStringLiteral("x.events.json");
    // The caller compares the events read; a failed read shows there as missing events.
    static_cast<void>(SetFileReader::readText(
        text, name, [&](const PortableEvent &event, const InputEvent &) { events << event; }));
    return events;
}

void TestExport::roundTrips_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("keepsNames");
    QTest::addColumn<bool>("keepsExpect");
    QTest::addColumn<bool>("exactBytes");
    QTest::newRow("postman") << int(EventWriter::Format::Postman) << true << true << true;
    QTest::newRow("har") << int(EventWriter::Format::Har) << true << true << true;
    QTest::newRow("ndjson") << int(EventWriter::Format::Ndjson) << true << true << false;
    QTest::newRow("set") << int(EventWriter::Format::SetFile) << true << true << false;
    QTest::newRow("curl") << int(EventWriter::Format::Curl) << false << false << true;
}

void TestExport::roundTrips()
{
    QFETCH(int, format);
    QFETCH(bool, keepsNames);
    QFETCH(bool, keepsExpect);
    QFETCH(bool, exactBytes);
    const auto f = static_cast<EventWriter::Format>(format);
    EventWriter::Options options;
    options.createdAt = QDateTime(QDate(2024, 2, 3), QTime(10, 30), Qt::UTC);
    const QByteArray text = write(f, options);
    const QVector<PortableEvent> back = readBack(f, text);
    QCOMPARE(back.size(), m_events.size());
    for (int i = 0; i < back.size(); ++i) {
        const QJsonDocument original = QJsonDocument::fromJson(m_events.at(i).payload);
        QVERIFY(!original.isNull());
        QCOMPARE(QJsonDocument::fromJson(back.at(i).payload), original);
        QCOMPARE(JsonText::minify(back.at(i).payload), JsonText::minify(m_events.at(i).payload));
        if (exactBytes)
            QCOMPARE(back.at(i).payload, m_events.at(i).payload);
        QCOMPARE(back.at(i).family, m_events.at(i).family);
        if (keepsNames)
            QCOMPARE(back.at(i).name, m_events.at(i).name);
        if (keepsExpect)
            QCOMPARE(QJsonDocument::fromJson(back.at(i).expect),
                QJsonDocument::fromJson(m_events.at(i).expect));
    }
    if (!keepsNames)
        return;
    // Exporting what came back gives the same file again.
    QVector<PortableEvent> saved = m_events;
    m_events = back;
    const QByteArray again = write(f, options);
    m_events = saved;
    QCOMPARE(again, text);
}

void TestExport::setFileIsStableAndPretty()
{
    EventWriter::Options options;
    options.setName = QStringLiteral("IO round trip");
    const QByteArray text = write(EventWriter::Format::SetFile, options);
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    QCOMPARE(root.value(QStringLiteral("name")).toString(), QStringLiteral("IO round trip"));
    QCOMPARE(root.value(QStringLiteral("events")).toArray().size(), 3);
    const qsizetype family = text.indexOf("\"family\"");
    const qsizetype name = text.indexOf("\"name\"", family);
    const qsizetype payload = text.indexOf("\"payload\"", name);
    const qsizetype expect = text.indexOf("\"expect\"", payload);
    QVERIFY(family > 0 && family < name && name < payload && payload < expect);
    QVERIFY(text.contains(
        "\n      \"payload\": {\n        \"eventTimestamp\": \"2024-02-03T10:30:00Z\",\n"));
    QVERIFY(text.contains("\"one\": 1.0"));
    QVERIFY(text.contains("\"empty\": {}"));
    QVERIFY(!text.contains("\"expect\": {}")); // the crm event has none
}

void TestExport::curlNeverHoldsTheKey()
{
    qputenv("EVENTSMITH_API_KEY", "sk_secret_from_env");
    EventWriter::Options options;
    const QByteArray header = write(EventWriter::Format::Curl, options);
    options.target.authMode = TargetConfig::AuthMode::Query;
    const QByteArray query = write(EventWriter::Format::Curl, options);
    for (const auto format : {EventWriter::Format::Postman, EventWriter::Format::Har})
        QVERIFY(!write(format).contains("sk_secret"));
    qunsetenv("EVENTSMITH_API_KEY");
    QVERIFY(!header.contains("sk_secret"));
    QVERIFY(!query.contains("sk_secret"));
    QVERIFY(header.contains("--header \"api_key: $EVENTSMITH_API_KEY\""));
    QVERIFY(header.contains(
        "--url 'https://app.octavehq.com/api/v2/analytics/webhook/receive/generic/calls'"));
    QVERIFY(query.contains("/generic/crm'\"?api_key=$EVENTSMITH_API_KEY\""));
    QVERIFY(!query.contains("--header \"api_key"));
    // Pasted back, the commands name the variable instead of a key.
    auto report = CurlImporter::importText(QString::fromUtf8(query));
    QVERIFY(report.ok());
    QCOMPARE(report.value().apiKeyEnvVar, QStringLiteral("EVENTSMITH_API_KEY"));
    QVERIFY(report.value().apiKey.isEmpty());
    QVERIFY(report.value().keyInQuery);
}

void TestExport::newmanRunsThePostmanExport()
{
    const QString newman
        = QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/node/node_modules/newman/bin/newman.js");
    if (!QFile::exists(newman) || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QSKIP("newman is not installed (npm ci in tests/node)");
    auto schemas = SchemaSet::loadBuiltIn();
    QVERIFY(schemas.ok());
    ReceiverSettings settings;
    settings.apiKey = QStringLiteral("newman-key");
    Receiver receiver(schemas.takeValue(), settings);
    auto port = receiver.start();
    QVERIFY(port.ok());
    EventWriter::Options options;
    options.target = TargetConfig::localReceiver();
    options.receiverPort = port.value();
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("set.postman.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    options.receiverPort = 1; // the collection's {{baseUrl}} is moved to the receiver's port
    const QByteArray collection = write(EventWriter::Format::Postman, options);
    QVERIFY(!collection.contains(":1/api")); // items use {{baseUrl}}, never the address itself
    file.write(collection);
    file.close();
    QProcess process; // the receiver answers from this thread's event loop while newman runs
    process.start(QStringLiteral("node"),
        {newman, QStringLiteral("run"), file.fileName(), QStringLiteral("--env-var"),
            QStringLiteral("apiKey=newman-key"), QStringLiteral("--env-var"),
            QStringLiteral("baseUrl=http://127.0.0.1:%1").arg(port.value()),
            QStringLiteral("--reporters"), QStringLiteral("cli")});
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(120000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QCOMPARE(receiver.inbox().size(), m_events.size());
    for (int i = 0; i < m_events.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(receiver.inbox().at(i).body),
            QJsonDocument::fromJson(m_events.at(i).payload));
}

// The collection held the receiver's random port in every item, so it failed after a restart.
void TestExport::postmanExportKeepsItsAddressInOneVariable()
{
    EventWriter::Options options;
    options.target = TargetConfig::localReceiver();
    options.receiverPort = 4242;
    const QByteArray text = write(EventWriter::Format::Postman, options);
    const QJsonObject collection = QJsonDocument::fromJson(text).object();
    const QJsonArray variables = collection.value(QStringLiteral("variable")).toArray();
    QCOMPARE(variables.at(0).toObject().value(QStringLiteral("key")).toString(),
        QStringLiteral("baseUrl"));
    QCOMPARE(variables.at(0).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("http://127.0.0.1:4242"));
    const QJsonArray items = collection.value(QStringLiteral("item")).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QVERIFY(item.toObject()
                    .value(QStringLiteral("request"))
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("{{baseUrl}}/api/v2/analytics/webhook/")));
    const auto back = PostmanImporter::importData(text, QStringLiteral("x"));
    QVERIFY(back.ok());
    QCOMPARE(back.value().urlTemplate,
        QStringLiteral(
            "http://127.0.0.1:4242/api/v2/analytics/webhook/receive/generic/{eventType}"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
