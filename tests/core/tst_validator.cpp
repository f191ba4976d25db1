#include "core/common/manualclock.h"
#include "core/json/jsonparser.h"
#include "core/schema/schemaset.h"
#include "core/validation/familydetection.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <simdjson.h>

// The validation core against the schemas' examples, the invalid and warning corpora,
// parse errors, family detection and hostile input.
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplesAreClean_data();
    void examplesAreClean();
    void invalidCorpus_data();
    void invalidCorpus();
    void warningCorpus_data();
    void warningCorpus();
    void reportsEveryFinding();
    void humanMessages_data();
    void humanMessages();
    void parseErrorsHavePositions_data();
    void parseErrorsHavePositions();
    void findingsHavePositions();
    void detectsFamily_data();
    void detectsFamily();
    void futureTimestampUsesClock();
    void hostileInputIsSafe_data();
    void hostileInputIsSafe();
    void unsupportedKeywordIsLoadError_data();
    void unsupportedKeywordIsLoadError();
    void userSchemaReplacesFamily();
    void recursionThroughAPropertyLoads();
    void costlyAlternativesStopWithAFinding();
    void costlySharedAllOfStopsWithAFinding();

private:
    std::optional<Findings> crmFindings(const QByteArray &schema, const char *payload);
    static QByteArray fanOutSchema(const char *keyword, const char *last);
    PayloadCheck check(const QByteArray &text, const QString &family = {}) const;
    static QJsonObject readManifest(const QString &dir);

    std::optional<SchemaSet> m_schemas;
    ManualClock m_clock {QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC)};
};

PayloadCheck TestValidator::check(const QByteArray &text, const QString &family) const
{
    const Validator validator(*m_schemas, &m_clock);
    return PayloadCheck::checkText(
        validator, family, std::string_view(text.constData(), text.size()));
}

QJsonObject TestValidator::readManifest(const QString &dir)
{
    QFile file(QStringLiteral(EVENTSMITH_TEST_DATA "/%1/expected.json").arg(dir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestValidator::initTestCase()
{
    auto loaded = SchemaSet::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_schemas = loaded.takeValue();
    QCOMPARE(m_schemas->families(), SchemaSet::knownFamilies());
}

void TestValidator::examplesAreClean_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QByteArray>("payload");
    int total = 0;
    for (const QString &family : m_schemas->families()) {
        const CompiledSchema *schema = m_schemas->schema(family);
        QCOMPARE(schema->examples().size(), schema->subTypes().size());
        for (const QByteArray &example : schema->examples()) {
            const QString subType
                = QJsonDocument::fromJson(example)[QLatin1String("eventType")].toString();
            QTest::addRow("%s/%s", qPrintable(family), qPrintable(subType)) << family << example;
            ++total;
        }
    }
    QCOMPARE(total, 18);
}

void TestValidator::examplesAreClean()
{
    QFETCH(QString, family);
    QFETCH(QByteArray, payload);
    const PayloadCheck result = check(payload, family);
    for (const Finding &f : result.findings)
        QVERIFY2(f.severity == Severity::Info,
            qPrintable(QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message)));
    QVERIFY(result.valid());
    QVERIFY(!result.dedup.id.isEmpty());
    // Detection must find the same family without being told.
    QCOMPARE(check(payload).family, family);
}

void TestValidator::invalidCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QJsonArray>("errors");
    const QJsonObject manifest = readManifest(QStringLiteral("invalid"));
    QVERIFY(manifest.size() >= 60);
    for (auto it = manifest.begin(); it != manifest.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QTest::newRow(qPrintable(it.key())) << it.key() << entry[QLatin1String("family")].toString()
                                            << entry[QLatin1String("errors")].toArray();
    }
}

void TestValidator::invalidCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, family);
    QFETCH(QJsonArray, errors);
    QFile input(QStringLiteral(EVENTSMITH_TEST_DATA "/invalid/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const PayloadCheck result = check(input.readAll(), family);
    QSet<QString> expected, reported;
    for (const QJsonValue &e : errors)
        expected << e[QLatin1String("path")].toString() + QLatin1Char(' ')
                + e[QLatin1String("code")].toString();
    for (const Finding &f : result.findings) {
        if (f.severity != Severity::Error)
            continue;
        reported << f.path + QLatin1Char(' ') + f.code;
        QVERIFY2(f.line > 0 && f.column > 0, qPrintable(f.path));
        QVERIFY(!f.message.isEmpty());
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(reported, expected);
    QVERIFY(!result.valid());
}

void TestValidator::warningCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QJsonArray>("findings");
    const QJsonObject manifest = readManifest(QStringLiteral("warnings"));
    QVERIFY(manifest.size() >= 8);
    for (auto it = manifest.begin(); it != manifest.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QTest::newRow(qPrintable(it.key())) << it.key() << entry[QLatin1String("family")].toString()
                                            << entry[QLatin1String("findings")].toArray();
    }
}

void TestValidator::warningCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, family);
    QFETCH(QJsonArray, findings);
    QFile input(QStringLiteral(EVENTSMITH_TEST_DATA "/warnings/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const PayloadCheck result = check(input.readAll(), family);
    QVERIFY2(result.valid(), qPrintable(result.findings.value(0).message));
    QSet<QString> reported;
    for (const Finding &f : result.findings)
        reported
            << QStringLiteral("%1 %2 %3").arg(Finding::severityName(f.severity), f.path, f.code);
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &e : findings) {
        const QString want
            = QStringLiteral("%1 %2 %3")
                  .arg(e[QLatin1String("severity")].toString(), e[QLatin1String("path")].toString(),
                      e[QLatin1String("code")].toString());
        QVERIFY2(reported.contains(want), qPrintable(want));
    }
}

void TestValidator::reportsEveryFinding()
{
    const QByteArray payload = R"({"eventType": "sent", "subject": 5, "body": {"text": ""},
        "from": {"email": "nope"}, "to": [], "extra": 1})";
    const PayloadCheck result = check(payload, QStringLiteral("emails"));
    QSet<QString> got;
    for (const Finding &f : result.findings)
        got << f.path + QLatin1Char(' ') + f.code;
    const QSet<QString> want
        = {QStringLiteral("/eventTimestamp required"), QStringLiteral("/subject type"),
            QStringLiteral("/body body-text-or-html"), QStringLiteral("/from/email format-email"),
            QStringLiteral("/to min-items"), QStringLiteral("/extra unknown-field")};
    QCOMPARE(got, want);
}

void TestValidator::humanMessages_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    const QByteArray base = R"({"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "sent",
        "subject": "Hi", "body": {"text": "Hello"}, "from": {"email": "a@example.com"}, )";
    QTest::newRow("empty to") << base + R"("to": []})"
                              << "/to"
                              << "needs at least one recipient";
    QTest::newRow("missing to") << base.left(base.size() - 2) + "}"
                                << "/to"
                                << "`to` is required";
    QTest::newRow("upper-case sub-type") << QByteArray(base).replace("\"sent\"", "\"SENT\"")
            + R"("to": [{"email": "b@example.com"}]})"
                                         << "/eventType"
                                         << "did you mean \"sent\"?";
    QTest::newRow("bad address") << base + R"("to": [{"email": "bob"}]})"
                                 << "/to/0/email"
                                 << "must look like an email address";
}

void TestValidator::humanMessages()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const PayloadCheck result = check(payload, QStringLiteral("emails"));
    for (const Finding &f : result.findings)
        if (f.path == path && f.message.contains(fragment))
            return;
    QFAIL(qPrintable(QStringLiteral("no finding at %1 saying \"%2\"; got: %3")
                         .arg(path, fragment, result.findings.value(0).message)));
}

void TestValidator::parseErrorsHavePositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": [1, 2,]}") << 1 << 12; // at the comma
    QTest::newRow("NaN") << QByteArray("{\"amount\": NaN}") << 1 << 12;
    QTest::newRow("unterminated") << QByteArray("{\"a\": \"abc") << 1 << 7;
}

void TestValidator::parseErrorsHavePositions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const PayloadCheck result = check(text, QStringLiteral("emails"));
    QVERIFY(!result.parsed);
    QCOMPARE(result.findings.size(), 1);
    const Finding &f = result.findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.line, line);
    QCOMPARE(f.column, column);
    QVERIFY(!f.message.isEmpty());
}

void TestValidator::findingsHavePositions()
{
    const QByteArray text
        = "{\n  \"eventTimestamp\": \"2024-02-03T10:30:00Z\",\n"
          "  \"eventType\": \"sent\",\n  \"subject\": \"Hi\",\n"
          "  \"body\": {\"text\": \"x\"},\n  \"from\": {\"email\": \"a@example.com\"},\n"
          "  \"to\": [{\"email\": \"été@\"}]\n}";
    const PayloadCheck result = check(text, QStringLiteral("emails"));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().path, QStringLiteral("/to/0/email"));
    QCOMPARE(result.findings.first().line, 7);
    QCOMPARE(result.findings.first().column, 20);
}

void TestValidator::detectsFamily_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("reason");
    QTest::newRow("crm by field") << QByteArray(R"({"opportunityId": "o-1"})") << "crm"
                                  << "has opportunityId";
    QTest::newRow("emails by sub-type") << QByteArray(R"({"eventType": "opened"})") << "emails"
                                        << "opened";
    QTest::newRow("social by sub-type")
        << QByteArray(R"({"eventType": "message_sent", "body": {}})") << "social"
        << "message_sent";
    QTest::newRow("calls by fields") << QByteArray(
        R"({"eventType": "sent", "title": "t", "transcript": "x", "participants": ["a"]})")
                                     << "calls"
                                     << "transcript";
    QTest::newRow("nothing") << QByteArray(R"({"hello": 1})") << ""
                             << "cannot detect";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << ""
                                   << "not a JSON object";
}

void TestValidator::detectsFamily()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, family);
    QFETCH(QString, reason);
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY(parser.parse(std::string_view(payload.constData(), payload.size()), &root, &error));
    const FamilyDetection detection = FamilyDetection::detect(*m_schemas, root);
    QCOMPARE(detection.family, family);
    QVERIFY2(detection.reason.contains(reason), qPrintable(detection.reason));
}

void TestValidator::futureTimestampUsesClock()
{
    const QByteArray payload = R"({"eventTimestamp": "2025-01-16T13:00:00Z", "eventType":
        "deal_won", "opportunityId": "o-1", "opportunityName": "Deal"})";
    auto codes = [&] {
        QStringList list;
        for (const Finding &f : check(payload, QStringLiteral("crm")).findings)
            list << f.code;
        return list;
    };
    QVERIFY(codes().contains(QStringLiteral("timestamp-future"))); // 25 h ahead
    m_clock.advanceMs(2 * 3600 * 1000);
    QVERIFY(!codes().contains(QStringLiteral("timestamp-future"))); // 23 h ahead
}

void TestValidator::hostileInputIsSafe_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "too-deep";
    QTest::newRow("invalid utf-8") << QByteArray("{\"subject\": \"a\xff\xfe\"}") << "invalid-utf8";
    QTest::newRow("beyond a double") << QByteArray("{\"amount\": 1e400}") << "number-out-of-range";
    QTest::newRow("Infinity") << QByteArray("{\"amount\": Infinity}") << "parse-error";
    QTest::newRow("duplicate key")
        << QByteArray(R"({"opportunityId": "a", "opportunityId": "b"})") << "duplicate-key";
    QByteArray huge = "{\"opportunityName\": \"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}";
    QTest::newRow("50 MB string") << huge << "required";
}

void TestValidator::hostileInputIsSafe()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const PayloadCheck result = check(text, QStringLiteral("crm"));
    QStringList codes;
    for (const Finding &f : result.findings)
        codes << f.code;
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
}

void TestValidator::unsupportedKeywordIsLoadError_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("patternProperties") << QByteArray(
        "{\"x-family\": \"crm\",\n \"properties\": {\"a\": {\"patternProperties\": {}}}}")
                                       << "unsupported-keyword"
                                       << "`patternProperties` is not supported by";
    QTest::newRow("remote ref") << QByteArray(R"({"x-family": "crm", "$ref": "http://x/y.json"})")
                                << "unsupported-ref"
                                << "http://x/y.json";
    QTest::newRow("bad format") << QByteArray(R"({"x-family": "crm", "format": "ipv4"})")
                                << "unsupported-format"
                                << "ipv4";
    QTest::newRow("typo in annotation")
        << QByteArray(R"({"x-family": "crm", "x-asumption": "a"})") << "unknown-annotation"
        << "x-asumption";
    QTest::newRow("dangling ref") << QByteArray(
        R"({"x-family": "crm", "$ref": "#/definitions/nope"})")
                                  << "unsupported-ref"
                                  << "#/definitions/nope";
    QTest::newRow("not json") << QByteArray("{\"x-family\": ") << "schema-not-json"
                              << "my.json:1:";
    // Loops that never move into a property or item once made validation spin forever.
    QTest::newRow("self ref") << QByteArray(R"({"x-family": "crm", "$ref": "#"})") << "schema-loop"
                              << "validation would never end";
    QTest::newRow("mutual refs through anyOf")
        << QByteArray(R"({"x-family": "crm", "$ref": "#/definitions/a", "definitions": {)"
                      R"("a": {"$ref": "#/definitions/b"},)"
                      R"("b": {"anyOf": [{"type": "string"}, {"$ref": "#/definitions/a"}]}}})")
        << "schema-loop"
        << "leads back to `#/definitions/";
    QTest::newRow("not of itself") << QByteArray(
        R"({"x-family": "crm", "definitions": {"n": {"not": {"$ref": "#/definitions/n"}}},)"
        R"( "properties": {"p": {"$ref": "#/definitions/n"}}})")
                                   << "schema-loop"
                                   << "#/definitions/n";
}

void TestValidator::unsupportedKeywordIsLoadError()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    SchemaSet set = *m_schemas;
    const Result<QString> loaded = set.loadDocument(schema, QStringLiteral("my.json"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(fragment), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.startsWith(QLatin1String("my.json")));
}

// The findings of `payload` under `schema` loaded as the crm schema; empty when either fails.
std::optional<Findings> TestValidator::crmFindings(const QByteArray &schema, const char *payload)
{
    SchemaSet set = *m_schemas;
    const Result<QString> loaded = set.loadDocument(schema, QStringLiteral("test.json"));
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    if (!loaded.ok() || !parser.parse(payload, &root, &error))
        return std::nullopt;
    return Validator(set, &m_clock).validate(QStringLiteral("crm"), root);
}

// A ref back to the root under a property consumes input: a fine recursive schema.
void TestValidator::recursionThroughAPropertyLoads()
{
    const std::optional<Findings> findings = crmFindings(R"({"x-family": "crm", "type": "object",
        "properties": {"child": {"$ref": "#"}, "n": {"type": "integer"}}})",
        R"({"child": {"child": {"n": "x"}}})");
    QVERIFY(findings);
    QCOMPARE(findings->size(), 1);
    QCOMPARE(findings->first().path, QStringLiteral("/child/child/n"));
}

// A crm schema of 40 levels, each `keyword` over two refs to the next level, which ends in
// `last`: 2^40 checks for a payload that reaches the bottom.
QByteArray TestValidator::fanOutSchema(const char *keyword, const char *last)
{
    QByteArray definitions;
    for (int level = 0; level < 40; ++level)
        definitions += QStringLiteral(R"("l%1": {"%3": [{"$ref": "#/definitions/l%2"},)"
                                      R"( {"$ref": "#/definitions/l%2"}]},)")
                           .arg(level)
                           .arg(level + 1)
                           .arg(QLatin1String(keyword))
                           .toUtf8();
    return R"({"x-family": "crm", "$ref": "#/definitions/l0", "definitions": {)" + definitions
        + R"("l40": )" + last + "}}";
}

// 40 levels of two alternatives are 2^40 tries: validation stops with a finding instead.
void TestValidator::costlyAlternativesStopWithAFinding()
{
    const std::optional<Findings> findings
        = crmFindings(fanOutSchema("anyOf", R"({"type": "string"})"), R"({"opportunityId": "x"})");
    QVERIFY(findings);
    QStringList codes;
    for (const Finding &f : *findings)
        codes << f.code;
    QVERIFY2(codes.contains(QStringLiteral("validation-too-costly")),
        qPrintable(codes.join(QLatin1Char(','))));
}

// From a review: allOf branches that share a $ref multiply just as anyOf does (no loop).
void TestValidator::costlySharedAllOfStopsWithAFinding()
{
    const std::optional<Findings> findings
        = crmFindings(fanOutSchema("allOf", R"({"type": "object"})"), R"({"opportunityId": "x"})");
    QVERIFY(findings);
    QCOMPARE(findings->size(), 1);
    QCOMPARE(findings->first().code, QStringLiteral("validation-too-costly"));
}

void TestValidator::userSchemaReplacesFamily()
{
    SchemaSet set = *m_schemas;
    const QByteArray schema = R"({"x-family": "crm", "type": "object", "required": ["dealKey"],
        "properties": {"dealKey": {"type": "string"}}})";
    const Result<QString> loaded = set.loadDocument(schema, QStringLiteral("custom.json"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), QStringLiteral("crm"));
    const Validator validator(set, &m_clock);
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY(parser.parse(R"({"opportunityId": "x"})", &root, &error));
    const Findings findings = validator.validate(QStringLiteral("crm"), root);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().path, QStringLiteral("/dealKey"));
    QCOMPARE(m_schemas->schema(QStringLiteral("crm"))->source(),
        QStringLiteral(":/schemas/crm.schema.json")); // the original set is unchanged
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
