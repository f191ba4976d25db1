#include "core/library/variantsaver.h"

#include "core/common/manualclock.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/templates/templateresolver.h"
#include "core/validation/validator.h"

#include <QTemporaryDir>
#include <QtTest>

// "Generate N variants": N checked events from one template, stored as a set, all or nothing.
class TestVariantSaver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void variantsDifferWhereTheTemplateSays();
    void aTemplateWithoutVariablesMakesCollisions();
    void unknownVariableStoresNothing();
    void badCountOrNameIsRefused_data();
    void badCountOrNameIsRefused();
    void takenSetNameRollsBackTheEvents();

private:
    static QByteArray email(const QString &subject, const QString &eventId);

    QTemporaryDir m_dir;
    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TemplateResolver> m_resolver;
};

QByteArray TestVariantSaver::email(const QString &subject, const QString &eventId)
{
    return QStringLiteral(R"({"eventTimestamp": "2024-02-03T10:30:00Z", "eventType": "sent",
 %1"subject": "%2", "body": {"text": "Hello {{random.name}}"},
 "from": {"email": "a@example.com"}, "to": [{"email": "b@example.com"}]})")
        .arg(eventId.isEmpty() ? QString() : QStringLiteral("\"eventId\": \"%1\", ").arg(eventId),
            subject)
        .toUtf8();
}

void TestVariantSaver::init()
{
    m_schemas = SchemaSet::loadBuiltIn().takeValue();
    m_validator = std::make_unique<Validator>(*m_schemas);
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("v.db"))));
    m_clock = std::make_unique<ManualClock>(
        QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00Z"), Qt::ISODate));
    m_resolver = std::make_unique<TemplateResolver>(m_clock.get(), 7);
}

void TestVariantSaver::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("v.db")));
}

void TestVariantSaver::variantsDifferWhereTheTemplateSays()
{
    VariantSaver saver(*m_store, *m_validator, *m_resolver);
    const auto outcome = saver.save(QStringLiteral("emails"),
        email(QStringLiteral("Load test {{seq}}"), QStringLiteral("load-{{seq}}")), 25,
        QStringLiteral("Load"));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome.value().stored, 25);
    QCOMPARE(outcome.value().invalid, 0);
    QCOMPARE(outcome.value().distinctDedupIds, 25);
    const auto members = m_store->sets().members(outcome.value().setId);
    QVERIFY(members);
    QCOMPARE(members.value().size(), 25);
    for (int i = 0; i < 25; ++i) {
        const auto event = m_store->event(members.value().at(i));
        QVERIFY(event);
        QVERIFY(event.value().payload.contains(QStringLiteral("Load test %1\"").arg(i + 1)));
        QVERIFY(!event.value().payload.contains(QLatin1String("{{")));
        QCOMPARE(event.value().name, QStringLiteral("Load #%1").arg(i + 1));
        QCOMPARE(event.value().family, QStringLiteral("emails"));
    }
}

void TestVariantSaver::aTemplateWithoutVariablesMakesCollisions()
{
    VariantSaver saver(*m_store, *m_validator, *m_resolver);
    const auto outcome = saver.save(QStringLiteral("emails"),
        email(QStringLiteral("Same"), QString()), 5, QStringLiteral("Dedup"));
    QVERIFY(outcome);
    QCOMPARE(outcome.value().stored, 5);
    QCOMPARE(outcome.value().distinctDedupIds, 1); // auto IDs ignore the random body name
}

void TestVariantSaver::unknownVariableStoresNothing()
{
    VariantSaver saver(*m_store, *m_validator, *m_resolver);
    Findings findings;
    const auto outcome = saver.save(QStringLiteral("emails"),
        email(QStringLiteral("{{nope}}"), QString()), 3, QStringLiteral("Bad"), &findings);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QStringLiteral("variant-template"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().path, QStringLiteral("/subject"));
    QCOMPARE(m_store->count().value(), 0);
    QVERIFY(!m_store->sets().byName(QStringLiteral("Bad")));
}

void TestVariantSaver::badCountOrNameIsRefused_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero") << 0 << "Set"
                          << "variant-count";
    QTest::newRow("too many") << VariantSaver::MaxCount + 1 << "Set"
                              << "variant-count";
    QTest::newRow("blank name") << 3 << "  "
                                << "variant-set-name";
}

void TestVariantSaver::badCountOrNameIsRefused()
{
    QFETCH(int, count);
    QFETCH(QString, name);
    QFETCH(QString, code);
    VariantSaver saver(*m_store, *m_validator, *m_resolver);
    const auto outcome
        = saver.save(QStringLiteral("emails"), email(QStringLiteral("x"), QString()), count, name);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, code);
    QCOMPARE(m_store->count().value(), 0);
}

void TestVariantSaver::takenSetNameRollsBackTheEvents()
{
    QVERIFY(m_store->sets().create(QStringLiteral("Taken")));
    VariantSaver saver(*m_store, *m_validator, *m_resolver);
    const auto outcome = saver.save(QStringLiteral("emails"),
        email(QStringLiteral("s {{seq}}"), QString()), 4, QStringLiteral("Taken"));
    QVERIFY(!outcome);
    QCOMPARE(m_store->count().value(), 0);
}

QTEST_GUILESS_MAIN(TestVariantSaver)
#include "tst_variantsaver.moc"
