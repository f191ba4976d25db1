#include "core/io/curlimporter.h"
#include "core/io/eventendpoint.h"
#include "core/io/shellwords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// cURL import: shell quoting as bash reads it, commands as the API docs and browsers print them,
// the family from the URL, keys lifted out of the event, unsupported options listed.
class TestImportCurl : public QObject
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

void TestImportCurl::shellWords_data()
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

void TestImportCurl::shellWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    auto split = ShellWords::split(text);
    QVERIFY(split.ok());
    QCOMPARE(split.value().size(), 1);
    QCOMPARE(split.value().first(), words);
}

void TestImportCurl::familyFromUrl_data()
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

void TestImportCurl::familyFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, family);
    QFETCH(QString, urlTemplate);
    QCOMPARE(EventEndpoint::familyOf(url), family);
    QCOMPARE(EventEndpoint::urlTemplate(url), urlTemplate);
}

void TestImportCurl::curlFromDocs()
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

void TestImportCurl::curlFromBrowser()
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

void TestImportCurl::curlVariants_data()
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

void TestImportCurl::curlVariants()
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

void TestImportCurl::curlErrors()
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

QTEST_GUILESS_MAIN(TestImportCurl)
#include "tst_importcurl.moc"
