#include "core/common/manualclock.h"
#include "core/templates/jsonstringrewriter.h"
#include "core/templates/templateresolver.h"
#include "core/templates/variantgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Template variables: time with a manual clock, seeded randomness, env and CSV columns, and
// unknown variables reported with their position instead of turning into blanks.
class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void resolvesVariables_data();
    void resolvesVariables();
    void seededRandomnessRepeats();
    void unknownVariablesAreFindingsWithPositions();
    void jsonValuesAreEscapedAndKeysLeftAlone();
    void variantsDiffer();
    void environmentIsReadOnlyWhenAllowed();
    void hugeTimeOffsetIsAFinding();

private:
    ManualClock m_clock; // 2024-02-03T10:30:00Z
};

void TestTemplates::resolvesVariables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << "{{now}}"
                         << "2024-02-03T10:30:00Z";
    QTest::newRow("now-2h") << "{{now-2h}}"
                            << "2024-02-03T08:30:00Z";
    QTest::newRow("now+15m") << "{{now+15m}}"
                             << "2024-02-03T10:45:00Z";
    QTest::newRow("now-1d spaced") << "at {{ now-1d }}!"
                                   << "at 2024-02-02T10:30:00Z!";
    QTest::newRow("now+30s") << "{{now+30s}}"
                             << "2024-02-03T10:30:30Z";
    QTest::newRow("seq") << "lead-{{seq}}"
                         << "lead-7";
    QTest::newRow("env") << "{{env.ES_TEMPLATE_TEST}}"
                         << "from env";
    QTest::newRow("column") << "Hi {{col.First name}}, {{col.Company}}"
                            << "Hi Ada, Acme";
    QTest::newRow("no variables") << "plain {text}"
                                  << "plain {text}";
}

void TestTemplates::resolvesVariables()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TemplateResolver resolver(&m_clock, 1);
    QProcessEnvironment env;
    env.insert(QStringLiteral("ES_TEMPLATE_TEST"), QStringLiteral("from env"));
    resolver.allowEnvironment({QStringLiteral("ES_TEMPLATE_TEST")}, env);
    resolver.setSeq(7);
    resolver.setColumns({{QStringLiteral("First name"), QStringLiteral("Ada")},
        {QStringLiteral("Company"), QStringLiteral("Acme")}});
    Findings findings;
    QCOMPARE(resolver.resolveText(text, &findings), expected);
    QVERIFY(findings.isEmpty());
}

void TestTemplates::seededRandomnessRepeats()
{
    const QString text = QStringLiteral("{{uuid}} {{random.email}} {{random.name}}");
    TemplateResolver a(&m_clock, 42);
    TemplateResolver b(&m_clock, 42);
    TemplateResolver c(&m_clock, 43);
    const QString first = a.resolveText(text, nullptr);
    QCOMPARE(b.resolveText(text, nullptr), first);
    QVERIFY(c.resolveText(text, nullptr) != first);
    const QStringList parts = first.split(QLatin1Char(' '));
    QVERIFY2(
        QRegularExpression(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
            .match(parts.at(0))
            .hasMatch(),
        qPrintable(parts.at(0)));
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z-]+\\.[a-z-]+\\d+@example\\.(com|org|net)$"))
                 .match(parts.at(1))
                 .hasMatch(),
        qPrintable(parts.at(1)));
    QCOMPARE(parts.size(), 4); // "First Last"
    a.reseed(42);
    QCOMPARE(a.resolveText(text, nullptr), first);
}

void TestTemplates::unknownVariablesAreFindingsWithPositions()
{
    TemplateResolver resolver(&m_clock);
    resolver.allowEnvironment({QStringLiteral("NOPE")}, QProcessEnvironment());
    const QByteArray json = "{\"a\": 1,\n \"subject\": \"Hi {{nme}} at {{now}}\",\n"
                            " \"to\": [{\"email\": \"{{env.NOPE}}\"}]}";
    Findings findings;
    const QByteArray out = resolver.resolveJson(json, &findings);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).code, QStringLiteral("unknown-variable"));
    QCOMPARE(findings.at(0).path, QStringLiteral("/subject"));
    QCOMPARE(findings.at(0).line, 2);
    QCOMPARE(findings.at(0).column, 17);
    QCOMPARE(findings.at(0).severity, Severity::Error);
    QCOMPARE(findings.at(1).code, QStringLiteral("unset-variable"));
    QCOMPARE(findings.at(1).path, QStringLiteral("/to/0/email"));
    QCOMPARE(findings.at(1).line, 3);
    // Unresolved variables stay visible; resolved ones are filled in.
    QVERIFY(out.contains("Hi {{nme}} at 2024-02-03T10:30:00Z"));
    QVERIFY(out.contains("{{env.NOPE}}"));
    Findings textFindings;
    resolver.resolveText(QStringLiteral("x {{now-2y}}"), &textFindings, QStringLiteral("/subject"));
    QCOMPARE(textFindings.size(), 1);
    QCOMPARE(textFindings.at(0).column, 3);
    QVERIFY(textFindings.at(0).message.contains(QLatin1String("now-2h")));
}

void TestTemplates::jsonValuesAreEscapedAndKeysLeftAlone()
{
    TemplateResolver resolver(&m_clock);
    resolver.setColumns({{QStringLiteral("q"), QStringLiteral("say \"hi\"\\\n")}});
    const QByteArray json = "{\"{{col.q}}\": \"{{col.q}}\", \"n\": 1.0, \"e\": \"a\\\"b {{seq}}\"}";
    Findings findings;
    const QByteArray out = resolver.resolveJson(json, &findings);
    QVERIFY(findings.isEmpty());
    QVERIFY(out.startsWith("{\"{{col.q}}\": ")); // keys are never rewritten
    QVERIFY(out.contains("\"n\": 1.0")); // other bytes unchanged
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    QCOMPARE(
        object.value(QStringLiteral("{{col.q}}")).toString(), QStringLiteral("say \"hi\"\\\n"));
    QCOMPARE(object.value(QStringLiteral("e")).toString(), QStringLiteral("a\"b 1"));
}

void TestTemplates::variantsDiffer()
{
    TemplateResolver resolver(&m_clock, 5);
    VariantGenerator generator(resolver);
    Findings findings;
    const QVector<QByteArray> variants = generator.generate(
        "{\"eventId\": \"load-{{seq}}\", \"id\": \"{{uuid}}\", \"x\": \"{{oops}}\"}", 50,
        &findings);
    QCOMPARE(variants.size(), 50);
    QCOMPARE(findings.size(), 1); // reported once, not 50 times
    QSet<QString> ids;
    for (int i = 0; i < variants.size(); ++i) {
        const QJsonObject object = QJsonDocument::fromJson(variants.at(i)).object();
        QCOMPARE(object.value(QStringLiteral("eventId")).toString(),
            QStringLiteral("load-%1").arg(i + 1));
        ids.insert(object.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 50);
}

// {{env.SECRET}} in an imported file once sent (and stored) any variable of the process.
void TestTemplates::environmentIsReadOnlyWhenAllowed()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("aws-secret"));
    env.insert(QStringLiteral("CAMPAIGN"), QStringLiteral("c-42"));
    TemplateResolver resolver(&m_clock);
    const QByteArray json = R"({"a": "{{env.AWS_SECRET_ACCESS_KEY}}", "b": "{{env.CAMPAIGN}}"})";
    Findings none;
    QByteArray out = resolver.resolveJson(json, &none); // nothing allowed by default
    QCOMPARE(none.size(), 2);
    QCOMPARE(none.at(0).code, QStringLiteral("env-not-allowed"));
    QVERIFY(none.at(0).message.contains(QLatin1String("--allow-env AWS_SECRET_ACCESS_KEY")));
    QVERIFY(!out.contains("aws-secret"));
    resolver.allowEnvironment({QStringLiteral("CAMPAIGN")}, env);
    Findings some;
    out = resolver.resolveJson(json, &some);
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.at(0).path, QStringLiteral("/a"));
    QVERIFY(out.contains("\"b\": \"c-42\""));
    QVERIFY(!out.contains("aws-secret"));
    QCOMPARE(resolver.allowedEnvironment(), QStringList {QStringLiteral("CAMPAIGN")});
}

// Found by fuzz_templates (UBSan: signed overflow): {{now-2666666666666666d}}.
void TestTemplates::hugeTimeOffsetIsAFinding()
{
    TemplateResolver resolver(&m_clock);
    for (const char *text :
        {"{{now-2666666666666666d}}", "{{now+99999999999999999999s}}", "{{now+36526d}}"}) {
        Findings findings;
        QCOMPARE(
            resolver.resolveText(QString::fromLatin1(text), &findings), QString::fromLatin1(text));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("offset-too-large"));
    }
    Findings none;
    QCOMPARE(resolver.resolveText(QStringLiteral("{{now-36525d}}"), &none),
        QStringLiteral("1924-02-03T10:30:00Z"));
    QVERIFY(none.isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
