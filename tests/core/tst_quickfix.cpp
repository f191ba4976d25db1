#include "core/quickfix/jsonedit.h"
#include "core/quickfix/quickfixer.h"
#include "core/schema/schemaset.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Quick fixes: each repair on its own, found from the schema's widgets, and applied so the
// finding it answers goes away.
class TestQuickFix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recipientObject_data();
    void recipientObject();
    void isoTimestamp_data();
    void isoTimestamp();
    void bodyObject();
    void subTypeSpelling_data();
    void subTypeSpelling();
    void findsFixesByWidget();
    void applyRemovesTheFinding_data();
    void applyRemovesTheFinding();
    void staleFixIsAnError();
    void replaceAtNestedPaths();

private:
    static QJsonObject parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
    QStringList errorPaths(const QString &family, const QJsonObject &payload) const;

    std::optional<SchemaSet> m_schemas;
};

void TestQuickFix::initTestCase()
{
    auto loaded = SchemaSet::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    m_schemas = loaded.takeValue();
}

QStringList TestQuickFix::errorPaths(const QString &family, const QJsonObject &payload) const
{
    Validator validator(*m_schemas);
    const QByteArray text = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const PayloadCheck check = PayloadCheck::checkText(
        validator, family, std::string_view(text.constData(), text.size()));
    QStringList paths;
    for (const Finding &f : check.findings)
        if (f.severity == Severity::Error)
            paths << f.path;
    return paths;
}

void TestQuickFix::recipientObject_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("email"); // empty: no fix
    QTest::addColumn<QString>("name");
    QTest::newRow("bare") << QJsonValue(QStringLiteral("jane@example.com"))
                          << QStringLiteral("jane@example.com") << "";
    QTest::newRow("spaces") << QJsonValue(QStringLiteral("  jane@example.com "))
                            << QStringLiteral("jane@example.com") << "";
    QTest::newRow("named") << QJsonValue(QStringLiteral("Jane Doe <jane@example.com>"))
                           << QStringLiteral("jane@example.com") << "Jane Doe";
    QTest::newRow("quoted name") << QJsonValue(QStringLiteral("\"Doe, Jane\" <jane@example.com>"))
                                 << "jane@example.com"
                                 << "Doe, Jane";
    QTest::newRow("no at") << QJsonValue(QStringLiteral("Jane Doe")) << QStringLiteral("") << "";
    QTest::newRow("two words") << QJsonValue(QStringLiteral("jane@example.com bob@example.com"))
                               << QStringLiteral("") << "";
    QTest::newRow("number") << QJsonValue(12) << ""
                            << "";
    QTest::newRow("object") << QJsonValue(
        QJsonObject {{QStringLiteral("email"), QStringLiteral("a@b.co")}})
                            << QStringLiteral("") << "";
}

void TestQuickFix::recipientObject()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, email);
    QFETCH(QString, name);
    const auto fixed = QuickFixer::recipientObject(input);
    QCOMPARE(fixed.has_value(), !email.isEmpty());
    if (!fixed)
        return;
    QCOMPARE(fixed->value(QStringLiteral("email")).toString(), email);
    QCOMPARE(fixed->contains(QStringLiteral("name")), !name.isEmpty());
    QCOMPARE(fixed->value(QStringLiteral("name")).toString(), name);
}

void TestQuickFix::isoTimestamp_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("expected"); // empty: no fix
    QTest::newRow("epoch seconds") << QJsonValue(1706956200) << "2024-02-03T10:30:00Z";
    QTest::newRow("epoch ms") << QJsonValue(1706956200123.0) << "2024-02-03T10:30:00.123Z";
    QTest::newRow("epoch ms round") << QJsonValue(1706956200000.0) << "2024-02-03T10:30:00Z";
    QTest::newRow("date only") << QJsonValue(QStringLiteral("2024-02-03"))
                               << QStringLiteral("2024-02-03T00:00:00Z");
    QTest::newRow("already iso") << QJsonValue(QStringLiteral("2024-02-03T10:30:00Z"))
                                 << QStringLiteral("");
    QTest::newRow("bad date") << QJsonValue(QStringLiteral("2024-02-30")) << QStringLiteral("");
    QTest::newRow("negative") << QJsonValue(-5) << "";
    QTest::newRow("text") << QJsonValue(QStringLiteral("yesterday")) << QStringLiteral("");
}

void TestQuickFix::isoTimestamp()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, expected);
    const auto fixed = QuickFixer::isoTimestamp(input);
    QCOMPARE(fixed.value_or(QString()), expected);
}

void TestQuickFix::bodyObject()
{
    QCOMPARE(QuickFixer::bodyObject(QJsonValue(QStringLiteral("Hello"))).value(),
        (QJsonObject {{QStringLiteral("text"), QStringLiteral("Hello")}}));
    QVERIFY(!QuickFixer::bodyObject(
        QJsonValue(QJsonObject {{QStringLiteral("text"), QStringLiteral("x")}})));
    QVERIFY(!QuickFixer::bodyObject(QJsonValue(3)));
}

void TestQuickFix::subTypeSpelling_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper") << "DEAL_WON"
                           << "deal_won";
    QTest::newRow("spaces") << "Deal Won"
                            << "deal_won";
    QTest::newRow("dash") << "deal-won"
                          << "deal_won";
    QTest::newRow("valid") << "deal_won"
                           << "";
    QTest::newRow("unknown") << "deal_pending"
                             << "";
}

void TestQuickFix::subTypeSpelling()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QStringList subTypes = m_schemas->schema(QStringLiteral("crm"))->subTypes();
    QCOMPARE(
        QuickFixer::subTypeSpelling(QJsonValue(input), subTypes).value_or(QString()), expected);
}

void TestQuickFix::findsFixesByWidget()
{
    const QJsonObject payload = parse(R"({"eventTimestamp": 1706956200, "eventType": "SENT",
        "subject": "Hi", "body": "Hello", "from": "Maya <maya@example.com>",
        "to": [{"email": "a@example.com"}, "b@example.com"], "cc": ["not an address"]})");
    QStringList found;
    for (const QuickFix &fix :
        QuickFixer::find(*m_schemas->schema(QStringLiteral("emails")), payload))
        found << QuickFix::kindName(fix.kind) + QLatin1Char(' ') + fix.path;
    QCOMPARE(found,
        (QStringList {QStringLiteral("iso-timestamp /eventTimestamp"),
            QStringLiteral("sub-type-spelling /eventType"), QStringLiteral("body-object /body"),
            QStringLiteral("recipient-object /from"), QStringLiteral("recipient-object /to/1")}));
}

void TestQuickFix::applyRemovesTheFinding_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("path");
    const QByteArray email = R"({"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "sent",
        "subject": "Hi", "body": {"text": "Hello"}, "from": {"email": "a@example.com"}, "to": [%1]})";
    QTest::newRow("recipient") << "emails" << QByteArray(email).replace("%1", "\"b@example.com\"")
                               << "/to/0";
    QTest::newRow("timestamp")
        << "crm"
        << QByteArray(
               R"({"eventTimestamp": 1706956200, "eventType": "deal_won", "opportunityId": "o1", "opportunityName": "Acme"})")
        << "/eventTimestamp";
    QTest::newRow("sub-type")
        << "crm"
        << QByteArray(
               R"({"eventTimestamp": "2024-02-03", "eventType": "DEAL_WON", "opportunityId": "o1", "opportunityName": "Acme"})")
        << "/eventType";
    QTest::newRow("body")
        << "social"
        << QByteArray(
               R"({"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "message_sent", "body": "Hi", "from": {"email": "a@example.com"}, "to": [{"email": "b@example.com"}]})")
        << "/body";
}

void TestQuickFix::applyRemovesTheFinding()
{
    QFETCH(QString, family);
    QFETCH(QByteArray, payload);
    QFETCH(QString, path);
    const CompiledSchema &schema = *m_schemas->schema(family);
    const QJsonObject before = parse(payload);
    QVERIFY(errorPaths(family, before).contains(path));
    const QuickFixes fixes = QuickFixer::find(schema, before);
    const auto it = std::find_if(
        fixes.cbegin(), fixes.cend(), [&](const QuickFix &f) { return f.path == path; });
    QVERIFY(it != fixes.cend());
    auto after = QuickFixer::apply(schema, before, *it);
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QVERIFY(!errorPaths(family, after.value()).contains(path));
    QCOMPARE(after.value().size(), before.size());
}

void TestQuickFix::staleFixIsAnError()
{
    const CompiledSchema &schema = *m_schemas->schema(QStringLiteral("emails"));
    const QuickFix fix {QuickFix::Kind::RecipientObject, QStringLiteral("/to/0"), {}};
    const auto result = QuickFixer::apply(schema, parse(R"({"to": [{"email": "a@b.co"}]})"), fix);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("quick-fix-stale"));
    const auto missing = QuickFixer::apply(schema, parse(R"({"to": []})"), fix);
    QVERIFY(!missing.ok());
}

void TestQuickFix::replaceAtNestedPaths()
{
    QJsonObject root = parse(R"({"a": {"b/c": [1, {"d": 2}]}})");
    QCOMPARE(JsonEdit::valueAt(root, QStringLiteral("/a/b~1c/1/d")).toInt(), 2);
    QVERIFY(JsonEdit::replaceAt(root, QStringLiteral("/a/b~1c/1/d"), 3));
    QCOMPARE(JsonEdit::valueAt(root, QStringLiteral("/a/b~1c/1/d")).toInt(), 3);
    QVERIFY(JsonEdit::replaceAt(root, QStringLiteral("/a/new"), true));
    QVERIFY(JsonEdit::valueAt(root, QStringLiteral("/a/new")).toBool());
    QVERIFY(!JsonEdit::replaceAt(root, QStringLiteral("/missing/x"), 1));
    QVERIFY(!JsonEdit::replaceAt(root, QStringLiteral("/a/b~1c/5"), 1));
    QVERIFY(JsonEdit::valueAt(root, QStringLiteral("/nope")).isUndefined());
}

QTEST_MAIN(TestQuickFix)
#include "tst_quickfix.moc"
