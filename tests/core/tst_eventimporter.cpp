#include "core/library/eventexporter.h"
#include "core/library/eventimporter.h"
#include "core/library/importsources.h"
#include "core/library/rejectedeventswriter.h"

#include "core/io/eventwriterfactory.h"
#include "core/io/importreport.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// The one import and export of the library: nothing stored unless every event is fine (or the
// caller keeps invalid ones), cancel at any point stores nothing, progress in both passes, the
// set joined in reading order; export pages through sets and the whole store.
class TestEventImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesEveryEventIntoTheSetInOrder();
    void oneBadEventStoresNothing();
    void keepInvalidStoresThemMarked();
    void eventsAlreadyInTheSetAreCountedAndCanBeLeftOut();
    void storeValidOnlyLeavesOutTheEventsWithErrors();
    void rejectedEventsAreWrittenAsNdjsonToFix();
    void cancelWhileCheckingStoresNothing();
    void cancelWhileStoringStoresNothing();
    void progressIsReportedInBothPasses();
    void eventFileLineThatIsNotJsonIsAnError();
    void unnamedEventsAreNamedWithoutTheFilesPath();
    void exportPagesThroughASetInMemberOrder();
    void exportPagesThroughTheWholeStore();

private:
    static QByteArray deal(int i);
    static EventImporter::Source source(int count, int badAt = -1);
    static QStringList names(const QList<StoredEvent> &events);
    QList<StoredEvent> setEvents(const QString &setName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
    std::unique_ptr<EventStore> m_store;
};

QByteArray TestEventImporter::deal(int i)
{
    return QStringLiteral(R"({"eventTimestamp": "2024-02-03T11:00:00Z", "eventType": "deal_won",)"
                          R"( "opportunityId": "opp-%1", "opportunityName": "D", "amount": %1})")
        .arg(i)
        .toUtf8();
}

// `count` crm events named deal-0.., the one at `badAt` without its required opportunityId.
EventImporter::Source TestEventImporter::source(int count, int badAt)
{
    auto report = std::make_shared<ImportReport>();
    for (int i = 0; i < count; ++i) {
        PortableEvent event;
        event.family = QStringLiteral("crm");
        event.name = QStringLiteral("deal-%1").arg(i);
        event.source = QStringLiteral("line %1").arg(i + 1);
        event.payload
            = i == badAt ? QByteArray(R"({"eventType": "deal_won", "amount": "x"})") : deal(i);
        report->events.append(event);
    }
    return ImportSources::report(report);
}

QStringList TestEventImporter::names(const QList<StoredEvent> &events)
{
    QStringList out;
    for (const StoredEvent &event : events)
        out << event.name;
    return out;
}

QList<StoredEvent> TestEventImporter::setEvents(const QString &setName) const
{
    const auto set = m_store->sets().byName(setName);
    if (!set)
        return {};
    const auto page = m_store->memberPage(set.value().id, 0, 1000000);
    return page ? page.value() : QList<StoredEvent>();
}

void TestEventImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_schemas = SchemaSet::loadBuiltIn().takeValue();
    m_validator = std::make_unique<Validator>(*m_schemas);
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("i.db"))));
}

void TestEventImporter::cleanup()
{
    m_store.reset();
    m_validator.reset();
    m_dir.reset();
}

void TestEventImporter::storesEveryEventIntoTheSetInOrder()
{
    // An existing set keeps its members; the imported ones follow in the order read.
    const auto setId = m_store->sets().create(QStringLiteral("deals"));
    QVERIFY(setId);
    StoredEvent first;
    first.family = QStringLiteral("crm");
    first.name = QStringLiteral("already there");
    first.payload = QString::fromUtf8(deal(99));
    const auto firstId = m_store->insertEvent(first);
    QVERIFY(firstId);
    QCOMPARE(m_store->sets().addMember(setId.value(), firstId.value()).value(), 0);

    const EventImporter importer(*m_validator);
    const auto outcome = importer.run(*m_store, source(7), {QStringLiteral("deals"), QString()});
    QVERIFY(outcome);
    QCOMPARE(outcome.value().checked.events, qint64(7));
    QCOMPARE(outcome.value().checked.valid, qint64(7));
    QCOMPARE(outcome.value().stored.events, qint64(7));
    QCOMPARE(outcome.value().stored.setId, setId.value());
    const QList<StoredEvent> members = setEvents(QStringLiteral("deals"));
    QCOMPARE(names(members),
        QStringList({QStringLiteral("already there"), QStringLiteral("deal-0"),
            QStringLiteral("deal-1"), QStringLiteral("deal-2"), QStringLiteral("deal-3"),
            QStringLiteral("deal-4"), QStringLiteral("deal-5"), QStringLiteral("deal-6")}));
    QCOMPARE(members.at(1).family, QStringLiteral("crm"));
    QCOMPARE(members.at(1).subType, QStringLiteral("deal_won"));
    QCOMPARE(members.at(1).validity, EventValidity::Valid);
    QVERIFY(!members.at(1).dedupId.isEmpty());
}

void TestEventImporter::oneBadEventStoresNothing()
{
    EventImporter importer(*m_validator);
    QStringList inspected;
    importer.setInspect([&](const PortableEvent &event, const PayloadCheck &,
                            const Findings &findings, bool importable) {
        QVERIFY(!findings.isEmpty());
        if (!importable)
            inspected << event.source;
    });
    const auto outcome = importer.run(*m_store, source(50, 31), {QStringLiteral("bad"), QString()});
    QVERIFY(outcome);
    QCOMPARE(outcome.value().checked.events, qint64(50));
    QCOMPARE(outcome.value().checked.withErrors, qint64(1));
    QCOMPARE(outcome.value().stored.events, qint64(0));
    QCOMPARE(inspected, QStringList {QStringLiteral("line 32")});
    QCOMPARE(m_store->count().value(), qint64(0));
    QVERIFY(!m_store->sets().byName(QStringLiteral("bad")));
}

void TestEventImporter::keepInvalidStoresThemMarked()
{
    const EventImporter importer(*m_validator);
    const auto outcome = importer.run(*m_store, source(5, 2),
        {QStringLiteral("kept"), QString(), EventImporter::InvalidPolicy::StoreAllMarked});
    QVERIFY(outcome);
    QCOMPARE(outcome.value().stored.events, qint64(5));
    const QList<StoredEvent> members = setEvents(QStringLiteral("kept"));
    QCOMPARE(members.size(), 5);
    QCOMPARE(members.at(2).validity, EventValidity::Invalid);
    QCOMPARE(members.at(3).validity, EventValidity::Valid);
}

// Importing the same file twice: the check counts the events the set holds (same payload
// bytes); with skipExisting only the new ones are stored, without it all of them again.
void TestEventImporter::eventsAlreadyInTheSetAreCountedAndCanBeLeftOut()
{
    const EventImporter importer(*m_validator);
    QVERIFY(importer.run(*m_store, source(5), {QStringLiteral("d"), QString()}));
    EventImporter::Options skip {QStringLiteral("d"), QString()};
    skip.skipExisting = true;
    const auto again = importer.run(*m_store, source(7), skip);
    QVERIFY(again);
    QCOMPARE(again.value().checked.events, qint64(7));
    QCOMPARE(again.value().checked.alreadyThere, qint64(5));
    QCOMPARE(again.value().stored.events, qint64(2));
    QCOMPARE(again.value().stored.alreadyThere, qint64(5));
    QCOMPARE(names(setEvents(QStringLiteral("d"))),
        QStringList({QStringLiteral("deal-0"), QStringLiteral("deal-1"), QStringLiteral("deal-2"),
            QStringLiteral("deal-3"), QStringLiteral("deal-4"), QStringLiteral("deal-5"),
            QStringLiteral("deal-6")}));
    const auto twice = importer.run(*m_store, source(3), {QStringLiteral("d"), QString()});
    QVERIFY(twice);
    QCOMPARE(twice.value().checked.alreadyThere, qint64(3));
    QCOMPARE(twice.value().stored.events, qint64(3));
    QCOMPARE(setEvents(QStringLiteral("d")).size(), 10);
    // Another set holds none of them.
    const auto other = importer.run(*m_store, source(3), {QStringLiteral("e"), QString()});
    QCOMPARE(other.value().checked.alreadyThere, qint64(0));
}

void TestEventImporter::storeValidOnlyLeavesOutTheEventsWithErrors()
{
    const EventImporter importer(*m_validator);
    const auto outcome = importer.run(*m_store, source(6, 2),
        {QStringLiteral("v"), QString(), EventImporter::InvalidPolicy::StoreValidOnly});
    QVERIFY(outcome);
    QCOMPARE(outcome.value().checked.withErrors, qint64(1));
    QCOMPARE(outcome.value().stored.events, qint64(5));
    QCOMPARE(outcome.value().stored.invalid, qint64(1));
    const QList<StoredEvent> members = setEvents(QStringLiteral("v"));
    QCOMPARE(names(members),
        QStringList({QStringLiteral("deal-0"), QStringLiteral("deal-1"), QStringLiteral("deal-3"),
            QStringLiteral("deal-4"), QStringLiteral("deal-5")}));
    for (const StoredEvent &event : members)
        QCOMPARE(event.validity, EventValidity::Valid);
    // Nothing valid: nothing stored, not even the set.
    const auto none = importer.run(*m_store, source(1, 0),
        {QStringLiteral("none"), QString(), EventImporter::InvalidPolicy::StoreValidOnly});
    QVERIFY(none);
    QCOMPARE(none.value().stored.events, qint64(0));
    QVERIFY(!m_store->sets().byName(QStringLiteral("none")));
}

// A line that is not JSON goes back as it was read; an event that is JSON as an NDJSON object.
void TestEventImporter::rejectedEventsAreWrittenAsNdjsonToFix()
{
    const QString path = m_dir->filePath(QStringLiteral("r.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"family\": \"crm\", \"payload\": " + deal(1) + "}\n{not json\n");
    file.write("{\"family\": \"crm\", \"name\": \"n\", \"payload\": {\"eventType\": 1}}\n");
    file.close();
    EventImporter importer(*m_validator);
    QList<PortableEvent> rejected;
    QStringList codes;
    importer.setInspect([&](const PortableEvent &event, const PayloadCheck &,
                            const Findings &findings, bool importable) {
        if (!importable)
            rejected << event;
        for (const Finding &finding : findings)
            codes << finding.code;
    });
    QVERIFY(importer.check(ImportSources::eventFile(path), QString()));
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(codes.count(QStringLiteral("json-syntax")), 1); // said once, not parsed again
    const QString out = m_dir->filePath(QStringLiteral("rejects.ndjson"));
    QVERIFY(RejectedEventsWriter::write(out, rejected));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(),
        QByteArray("{not json\n"
                   "{\"family\":\"crm\",\"name\":\"n\",\"payload\":{\"eventType\":1}}\n"));
}

void TestEventImporter::cancelWhileCheckingStoresNothing()
{
    EventImporter importer(*m_validator);
    qint64 checked = 0;
    importer.setProgress([&](qint64 done, EventImporter::Stage) { checked = done; });
    importer.setCancelRequested([&] { return checked >= 2000; });
    const auto outcome = importer.run(*m_store, source(6000), {QStringLiteral("c"), QString()});
    QVERIFY(!outcome);
    QVERIFY(EventImporter::isCancelled(outcome.error()));
    QCOMPARE(checked, qint64(2000));
    QCOMPARE(m_store->count().value(), qint64(0));
    QVERIFY(!m_store->sets().byName(QStringLiteral("c")));
}

void TestEventImporter::cancelWhileStoringStoresNothing()
{
    EventImporter importer(*m_validator);
    qint64 stored = 0;
    importer.setProgress([&](qint64 done, EventImporter::Stage stage) {
        if (stage == EventImporter::Stage::Storing)
            stored = done;
    });
    importer.setCancelRequested([&] { return stored >= EventImporter::BatchSize; });
    const auto outcome = importer.run(*m_store, source(12000), {QStringLiteral("s"), QString()});
    QVERIFY(!outcome);
    QVERIFY(EventImporter::isCancelled(outcome.error()));
    QCOMPARE(stored, qint64(EventImporter::BatchSize)); // one batch was in the transaction
    QCOMPARE(m_store->count().value(), qint64(0));
    QVERIFY(!m_store->sets().byName(QStringLiteral("s")));
    // The store is usable afterwards: the transaction was rolled back, not left open.
    EventImporter again(*m_validator);
    QVERIFY(again.run(*m_store, source(3), {QStringLiteral("s"), QString()}));
    QCOMPARE(m_store->count().value(), qint64(3));
}

void TestEventImporter::progressIsReportedInBothPasses()
{
    EventImporter importer(*m_validator);
    QList<qint64> checking;
    QList<qint64> storing;
    importer.setProgress([&](qint64 done, EventImporter::Stage stage) {
        (stage == EventImporter::Stage::Storing ? storing : checking) << done;
    });
    const auto outcome = importer.run(*m_store, source(12000), {QStringLiteral("p"), QString()});
    QVERIFY(outcome);
    QCOMPARE(checking.size(), 12);
    QCOMPARE(checking.constFirst(), qint64(EventImporter::ProgressEvery));
    QCOMPARE(checking.constLast(), qint64(12000));
    QCOMPARE(storing, QList<qint64>({5000, 10000, 12000}));
    QCOMPARE(setEvents(QStringLiteral("p")).size(), 12000);
}

void TestEventImporter::eventFileLineThatIsNotJsonIsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("e.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"family\": \"crm\", \"payload\": " + deal(1) + "}\n{not json\n");
    file.close();
    EventImporter importer(*m_validator);
    QStringList codes;
    importer.setInspect(
        [&](const PortableEvent &, const PayloadCheck &, const Findings &findings, bool) {
            for (const Finding &finding : findings)
                codes << finding.code;
        });
    const auto tally = importer.check(ImportSources::eventFile(path), QString());
    QVERIFY(tally);
    QCOMPARE(tally.value().events, qint64(2));
    QCOMPARE(tally.value().valid, qint64(1));
    QCOMPARE(tally.value().withErrors, qint64(1));
    QVERIFY(codes.contains(QStringLiteral("json-syntax")));
}

// Unnamed NDJSON lines were named "/home/me/exports/day.ndjson:12", a local path that then
// went into the library and every export.
void TestEventImporter::unnamedEventsAreNamedWithoutTheFilesPath()
{
    const QString path = m_dir->filePath(QStringLiteral("day.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"family\": \"crm\", \"payload\": " + deal(1) + "}\n");
    file.write(R"({"family": "emails", "payload": {"eventType": "sent", "subject": "Renewal)"
               R"(  due", "eventTimestamp": "2024-02-03T11:00:00Z"}})"
               "\n");
    file.close();
    const EventImporter importer(*m_validator);
    const auto outcome = importer.run(*m_store, ImportSources::eventFile(path),
        {QStringLiteral("day"), QString(), EventImporter::InvalidPolicy::StoreAllMarked});
    QVERIFY(outcome);
    const QStringList stored = names(setEvents(QStringLiteral("day")));
    QCOMPARE(stored,
        QStringList({QStringLiteral("crm deal_won: opp-1 #1"),
            QStringLiteral("emails sent: Renewal due #2")}));
    for (const QString &name : stored)
        QVERIFY2(!name.contains(m_dir->path()), qPrintable(name));
}

void TestEventImporter::exportPagesThroughASetInMemberOrder()
{
    constexpr int count = 1203;
    const EventImporter importer(*m_validator);
    QVERIFY(importer.run(*m_store, source(count), {QStringLiteral("all"), QString()}));
    // A second set holding the same events backwards: the export follows the set, not the ids.
    const QList<StoredEvent> forward = setEvents(QStringLiteral("all"));
    QList<qint64> backward;
    for (auto it = forward.crbegin(); it != forward.crend(); ++it)
        backward << it->id;
    const auto setId = m_store->sets().create(QStringLiteral("backward"));
    QVERIFY(setId);
    QVERIFY(m_store->sets().appendMembers(setId.value(), backward));

    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto writer = EventWriterFactory::create(EventWriter::Format::Ndjson, {});
    writer->begin(&buffer);
    EventExporter exporter(*m_store);
    QList<qint64> progress;
    exporter.setProgress([&](qint64 written) { progress << written; });
    const auto written = exporter.writeSet(setId.value(), *writer);
    writer->finish();
    QVERIFY(written);
    QCOMPARE(written.value(), qint64(count));
    QCOMPARE(progress, QList<qint64>({500, 1000, 1203})); // three pages, not one per event
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.count(QByteArray()), 1); // only after the last line
    const QJsonObject firstLine = QJsonDocument::fromJson(lines.constFirst()).object();
    QCOMPARE(firstLine.value(QStringLiteral("name")).toString(), QStringLiteral("deal-1202"));
    QCOMPARE(firstLine.value(QStringLiteral("family")).toString(), QStringLiteral("crm"));
    const QJsonObject last = QJsonDocument::fromJson(lines.at(count - 1)).object();
    QCOMPARE(last.value(QStringLiteral("name")).toString(), QStringLiteral("deal-0"));
    QCOMPARE(last.value(QStringLiteral("payload")).toObject().value(QStringLiteral("amount")),
        QJsonValue(0));
}

void TestEventImporter::exportPagesThroughTheWholeStore()
{
    const EventImporter importer(*m_validator);
    QVERIFY(importer.run(*m_store, source(1001), {QStringLiteral("a"), QString()}));
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto writer = EventWriterFactory::create(EventWriter::Format::Ndjson, {});
    writer->begin(&buffer);
    EventExporter exporter(*m_store);
    QList<qint64> progress;
    exporter.setProgress([&](qint64 written) { progress << written; });
    const auto written = exporter.writeAll(*writer);
    writer->finish();
    QVERIFY(written);
    QCOMPARE(written.value(), qint64(1001));
    QCOMPARE(progress, QList<qint64>({500, 1000, 1001}));
    QCOMPARE(out.count('\n'), 1001);
    const PortableEvent portable = EventExporter::portable(setEvents(QStringLiteral("a")).at(4));
    QCOMPARE(portable.name, QStringLiteral("deal-4"));
    QCOMPARE(portable.payload, deal(4));
    QVERIFY(portable.source.startsWith(QLatin1String("event ")));
}

QTEST_GUILESS_MAIN(TestEventImporter)
#include "tst_eventimporter.moc"
