#include "core/io/curlimporter.h"
#include "core/io/eventendpoint.h"
#include "core/io/shellwords.h"
#include "core/library/keyhandoff.h"
#include "core/storage/eventstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
    void aVariableInTheCommandChoosesNothing();
    void anExistingTargetGetsTheKeyWhereItReadsKeys();

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
    QTest::newRow("single quotes")
        << QStringLiteral("curl 'a b' c")
        << QStringList {QStringLiteral("curl"), QStringLiteral("a b"), QStringLiteral("c")};
    QTest::newRow("double quotes")
        << QStringLiteral("curl \"a \\\"b\\\" $X \\n\"")
        << QStringList {QStringLiteral("curl"), QStringLiteral("a \"b\" $X \\n")};
    QTest::newRow("continuation") << "curl a \\\n  b \\\r\n c"
                                  << QStringList {QStringLiteral("curl"), QStringLiteral("a"),
                                         QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("ansi-c") << "curl $'it\\'s\\n\\x41\\u00e9'"
                            << QStringList {
                                   QStringLiteral("curl"), QStringLiteral("it's\nA\u00e9")};
    QTest::newRow("adjacent pieces") << QStringLiteral("curl 'x'\"y\"z")
                                     << QStringList {QStringLiteral("curl"), QStringLiteral("xyz")};
    QTest::newRow("escaped space") << QStringLiteral("curl a\\ b")
                                   << QStringList {QStringLiteral("curl"), QStringLiteral("a b")};
    QTest::newRow("comment") << QStringLiteral("# note 'x\ncurl a # tail")
                             << QStringList {QStringLiteral("curl"), QStringLiteral("a")};
    QTest::newRow("empty word") << QStringLiteral("curl ''")
                                << QStringList {QStringLiteral("curl"), QStringLiteral("")};
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
    QCOMPARE(report.value().unsupported,
        QStringList {QStringLiteral("--compressed (not applied to the event)")});
}

void TestImportCurl::curlVariants_data()
{
    const QString url = QStringLiteral("https://h/api/v2/analytics/webhook/receive/generic/emails");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("unsupported");
    QTest::newRow("glued -XPOST -d") << QStringLiteral("curl -XPOST -d'{\"a\":1}' ") + url << 1
                                     << QStringLiteral("{\"a\":1}") << QStringList();
    QTest::newRow("--url --json") << QStringLiteral("curl --url ") + url
            + QStringLiteral(" --json '{\"b\":2}'")
                                  << 1 << QStringLiteral("{\"b\":2}") << QStringList();
    QTest::newRow("@file") << QStringLiteral("curl ") + url + QStringLiteral(" -d @email.json") << 1
                           << QStringLiteral("") << QStringList();
    QTest::newRow("repeated -d joins")
        << QStringLiteral("curl ") + url + QStringLiteral(" -d a -d b") << 1
        << QStringLiteral("a&b") << QStringList();
    QTest::newRow("unsupported listed")
        << QStringLiteral("curl -s -u me:pw -L ") + url + QStringLiteral(" -d x") << 1
        << QStringLiteral("x")
        << QStringList {QStringLiteral("-s (not applied to the event)"),
               QStringLiteral("-u (not applied to the event)"),
               QStringLiteral("-L (not applied to the event)")};
    QTest::newRow("GET skipped") << QStringLiteral("curl ") + url << 0 << QStringLiteral("")
                                 << QStringList();
    QTest::newRow("two commands") << QStringLiteral("curl ") + url + QStringLiteral(" -d 1\ncurl ")
            + url + QStringLiteral(" -d 2")
                                  << 2 << QStringLiteral("1") << QStringList();
    QTest::newRow("env key") << QStringLiteral("curl ") + url
            + QStringLiteral(" -H \"api_key: $MY_KEY\" -d 1")
                             << 1 << QStringLiteral("1") << QStringList();
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

// `-H 'api_key: $GITHUB_TOKEN'` to a foreign host once saved a target that sent that token.
void TestImportCurl::aVariableInTheCommandChoosesNothing()
{
    QTemporaryDir dir;
    EventStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db"))).ok());
    const auto report = CurlImporter::importText(
        QStringLiteral("curl -X POST https://elsewhere.example/api/v2/analytics/webhook/receive/"
                       "generic/emails -H 'api_key: $GITHUB_TOKEN' -d '{}'"),
        QDir(dir.path()));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    const KeyHandoff::Outcome refused = KeyHandoff::handOff(
        store, nullptr, report.value(), QStringLiteral("imported"), QString());
    QVERIFY2(refused.message.contains(QLatin1String("no target was saved")),
        qPrintable(refused.message));
    QVERIFY(!store.targets().byName(QStringLiteral("imported")).ok());
    const KeyHandoff::Outcome chosen = KeyHandoff::handOff(
        store, nullptr, report.value(), QStringLiteral("imported"), QStringLiteral("MY_OWN_KEY"));
    QVERIFY2(chosen.message.contains(QLatin1String("$MY_OWN_KEY")), qPrintable(chosen.message));
    const auto saved = store.targets().byName(QStringLiteral("imported"));
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().keyName, QStringLiteral("MY_OWN_KEY"));
    QVERIFY(!saved.value().urlTemplate.contains(QLatin1String("GITHUB")));
}

// From a review: with an existing target the message claimed a change that was not made, and a
// literal key went to an entry the target never reads.
void TestImportCurl::anExistingTargetGetsTheKeyWhereItReadsKeys()
{
    QTemporaryDir dir;
    EventStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db"))).ok());
    Target mine;
    mine.name = QStringLiteral("mine");
    mine.urlTemplate = QStringLiteral("https://mine.example/generic/{eventType}");
    mine.keySource = KeySource::Environment;
    mine.keyName = QStringLiteral("MINE_KEY");
    QVERIFY(store.targets().add(mine).ok());
    const auto report = CurlImporter::importText(
        QStringLiteral("curl -X POST https://elsewhere.example/api/v2/analytics/webhook/receive/"
                       "generic/emails -H 'api_key: sk_literal_1' -d '{}'"),
        QDir(dir.path()));
    QVERIFY(report.ok());
    const KeyHandoff::Outcome literal
        = KeyHandoff::handOff(store, nullptr, report.value(), QStringLiteral("mine"), QString());
    QVERIFY2(literal.message.contains(QLatin1String("was not saved")), qPrintable(literal.message));
    QVERIFY(!literal.message.contains(QLatin1String("sk_literal_1")));
    const KeyHandoff::Outcome chosen = KeyHandoff::handOff(
        store, nullptr, report.value(), QStringLiteral("mine"), QStringLiteral("OTHER_KEY"));
    QVERIFY2(chosen.message.contains(QLatin1String("now reads the key from $OTHER_KEY")),
        qPrintable(chosen.message));
    const Target after = store.targets().byName(QStringLiteral("mine")).value();
    QCOMPARE(after.keyName, QStringLiteral("OTHER_KEY"));
    QCOMPARE(after.urlTemplate, mine.urlTemplate); // the user's URL stays
}

QTEST_GUILESS_MAIN(TestImportCurl)
#include "tst_importcurl.moc"
