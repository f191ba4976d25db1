#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"
#include "core/storage/ftsquery.h"
#include "core/storage/schemamigrator.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Events in the local store: file setup, CRUD, bulk insert, keyset paging, counts, full-text
// search.
class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsConfiguredFile();
    void eventCrud();
    void bulkInsertIsAllOrNothing();
    void keysetPagingHasNoGapsOrRepeats();
    void filtersAndCounts_data();
    void filtersAndCounts();
    void countsFollowUpdatesAndDeletes();
    void searchFindsWords();
    void searchQuotesUserInput_data();
    void searchQuotesUserInput();
    void searchFollowsUpdatesAndDeletes();
    void ftsQueryQuoting_data();
    void ftsQueryQuoting();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.db")); }
    static StoredEvent makeEvent(
        const QString &family, const QString &subType, const QString &name, const QString &payload);
    void fillMixed(EventStore &store, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
};

StoredEvent TestStore::makeEvent(
    const QString &family, const QString &subType, const QString &name, const QString &payload)
{
    StoredEvent event;
    event.family = family;
    event.subType = subType;
    event.name = name;
    event.payload = payload;
    return event;
}

// n events cycling through 4 families, 2 sub-types each and 3 validity states.
void TestStore::fillMixed(EventStore &store, int n)
{
    static const QStringList families {QStringLiteral("emails"), QStringLiteral("calls"),
        QStringLiteral("crm"), QStringLiteral("social")};
    QList<StoredEvent> batch;
    for (int i = 0; i < n; ++i) {
        StoredEvent e = makeEvent(families.at(i % 4),
            i % 3 == 0 ? QStringLiteral("sent") : QStringLiteral("reply"),
            QStringLiteral("event %1").arg(i), QStringLiteral("{\"n\": %1}").arg(i));
        e.validity = static_cast<EventValidity>(i % 3);
        batch << e;
    }
    QVERIFY(store.bulkInsert(batch).ok());
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::createsConfiguredFile()
{
    {
        EventStore store(&m_clock);
        auto opened = store.open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(store.database().userVersion().value(), SchemaMigrator::CurrentVersion);
        QCOMPARE(store.database().journalMode().value(), QStringLiteral("wal"));
        QSqlQuery query(store.database().db());
        for (const auto &[pragma, expected] :
            {std::pair {"synchronous", 1}, std::pair {"foreign_keys", 1},
                std::pair {"busy_timeout", StoreDatabase::DefaultBusyTimeoutMs},
                std::pair {"application_id", SchemaMigrator::ApplicationId}}) {
            QVERIFY(
                query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && query.next());
            QCOMPARE(query.value(0).toInt(), expected);
        }
        QVERIFY(store
                    .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                        QStringLiteral("a"), QStringLiteral("{}")))
                    .ok());
        QVERIFY(store.database().integrityCheck().ok());
    }
    EventStore again(&m_clock);
    QVERIFY(again.open(path()).ok());
    QCOMPARE(again.count().value(), 1);
}

void TestStore::eventCrud()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    StoredEvent e = makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
        QStringLiteral("Welcome"), QStringLiteral("{\"subject\": \"Hi\"}"));
    e.dedupId = QStringLiteral("abc");
    e.validity = EventValidity::Valid;
    auto id = store.insertEvent(e);
    QVERIFY(id.ok());
    auto read = store.event(id.value());
    QVERIFY(read.ok());
    QCOMPARE(read.value().payload, e.payload);
    QCOMPARE(read.value().dedupId, QStringLiteral("abc"));
    QCOMPARE(read.value().validity, EventValidity::Valid);
    QCOMPARE(read.value().createdAt, m_clock.now());
    QCOMPARE(store.findByDedupId(QStringLiteral("abc")).value().size(), 1);

    m_clock.advanceMs(5000);
    StoredEvent changed = read.value();
    changed.name = QStringLiteral("Welcome again");
    changed.subType = QString(); // a null string is stored as empty, not refused
    QVERIFY(store.updateEvent(changed).ok());
    read = store.event(id.value());
    QCOMPARE(read.value().name, QStringLiteral("Welcome again"));
    QCOMPARE(read.value().subType, QStringLiteral(""));
    QCOMPARE(read.value().updatedAt, m_clock.now());
    QVERIFY(read.value().createdAt < read.value().updatedAt);

    QVERIFY(store.deleteEvent(id.value()).ok());
    QCOMPARE(store.event(id.value()).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(store.deleteEvent(id.value()).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(store.updateEvent(changed).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(store
                 .insertEvent(makeEvent(QStringLiteral(""), QStringLiteral("x"),
                     QStringLiteral("y"), QStringLiteral("{}")))
                 .error()
                 .code,
        QStringLiteral("store-invalid-event"));
}

void TestStore::bulkInsertIsAllOrNothing()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    QList<StoredEvent> batch;
    for (int i = 0; i < 10; ++i)
        batch << makeEvent(QStringLiteral("crm"), QStringLiteral("deal_won"), QString::number(i),
            QStringLiteral("{}"));
    batch[7].family.clear();
    QCOMPARE(store.bulkInsert(batch).error().code, QStringLiteral("store-invalid-event"));
    QCOMPARE(store.count().value(), 0);
    QCOMPARE(store.pageAfter(0, 100).value().size(), 0);
    batch[7].family = QStringLiteral("crm");
    auto ids = store.bulkInsert(batch);
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), 10);
    QCOMPARE(store.event(ids.value().at(7)).value().name, QStringLiteral("7"));
}

void TestStore::keysetPagingHasNoGapsOrRepeats()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    fillMixed(store, 3000);
    QList<qint64> seen;
    qint64 last = 0;
    for (;;) {
        auto page = store.pageAfter(last, 97);
        QVERIFY(page.ok());
        if (page.value().isEmpty())
            break;
        for (const StoredEvent &e : page.value())
            seen << e.id;
        last = page.value().constLast().id;
    }
    QCOMPARE(seen.size(), 3000);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 3000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast() - seen.constFirst(), 2999);
}

void TestStore::filtersAndCounts_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("subType");
    QTest::addColumn<int>("validity"); // -1: any
    QTest::newRow("all") << ""
                         << "" << -1;
    QTest::newRow("family") << "calls"
                            << "" << -1;
    QTest::newRow("family+subtype") << "calls"
                                    << "sent" << -1;
    QTest::newRow("subtype only") << ""
                                  << "reply" << -1;
    QTest::newRow("validity") << ""
                              << "" << int(EventValidity::Invalid);
    QTest::newRow("all three") << "social"
                               << "reply" << int(EventValidity::Valid);
    QTest::newRow("no match") << "nope"
                              << "" << -1;
}

void TestStore::filtersAndCounts()
{
    QFETCH(QString, family);
    QFETCH(QString, subType);
    QFETCH(int, validity);
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    fillMixed(store, 1200);
    EventFilter filter {family, subType, std::nullopt};
    if (validity >= 0)
        filter.validity = static_cast<EventValidity>(validity);

    int expected = 0;
    const QList<StoredEvent> all = store.pageAfter(0, 5000).value();
    for (const StoredEvent &e : all) {
        expected += (family.isEmpty() || e.family == family)
            && (subType.isEmpty() || e.subType == subType)
            && (validity < 0 || int(e.validity) == validity);
    }
    QCOMPARE(store.count(filter).value(), expected);
    qint64 last = 0;
    int paged = 0;
    for (;;) {
        const QList<StoredEvent> page = store.pageAfter(last, 50, filter).value();
        if (page.isEmpty())
            break;
        for (const StoredEvent &e : page) {
            QVERIFY(family.isEmpty() || e.family == family);
            QVERIFY(subType.isEmpty() || e.subType == subType);
            QVERIFY(validity < 0 || int(e.validity) == validity);
            QVERIFY(e.id > last);
            last = e.id;
            ++paged;
        }
    }
    QCOMPARE(paged, expected);
}

void TestStore::countsFollowUpdatesAndDeletes()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    const qint64 a = store
                         .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                             QStringLiteral("a"), QStringLiteral("{}")))
                         .value();
    QVERIFY(store
                .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                    QStringLiteral("b"), QStringLiteral("{}")))
                .ok());
    QCOMPARE(store.count({QStringLiteral("emails")}).value(), 2);
    StoredEvent moved = store.event(a).value();
    moved.family = QStringLiteral("calls");
    moved.subType = QStringLiteral("missed");
    QVERIFY(store.updateEvent(moved).ok());
    QCOMPARE(store.count({QStringLiteral("emails")}).value(), 1);
    QCOMPARE(store.count({QStringLiteral("calls"), QStringLiteral("missed")}).value(), 1);
    QVERIFY(store.deleteEvent(a).ok());
    QCOMPARE(store.count({QStringLiteral("calls")}).value(), 0);
    QCOMPARE(store.count().value(), 1);
}

void TestStore::searchFindsWords()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    const qint64 invoice = store
                               .insertEvent(makeEvent(QStringLiteral("emails"),
                                   QStringLiteral("sent"), QStringLiteral("Invoice reminder"),
                                   QStringLiteral("{\"body\": {\"text\": \"Please pay\"}}")))
                               .value();
    const qint64 call = store
                            .insertEvent(makeEvent(QStringLiteral("calls"),
                                QStringLiteral("transcript"), QStringLiteral("Discovery call"),
                                QStringLiteral("{\"transcript\": \"we discussed the invoice "
                                               "and pricing\"}")))
                            .value();
    QVERIFY(store
                .insertEvent(makeEvent(QStringLiteral("crm"), QStringLiteral("deal_won"),
                    QStringLiteral("Deal"), QStringLiteral("{\"opportunityId\": \"o-1\"}")))
                .ok());

    auto ids = [&store](const QString &text, qint64 after = 0) {
        QList<qint64> out;
        const QList<StoredEvent> found = store.search(text, after, 10).value();
        for (const StoredEvent &e : found)
            out << e.id;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("invoice")), (QList<qint64> {invoice, call}));
    QCOMPARE(ids(QStringLiteral("INVOICE pricing")), QList<qint64> {call});
    QCOMPARE(ids(QStringLiteral("pric*")), QList<qint64> {call});
    QCOMPARE(ids(QStringLiteral("invoice"), invoice), QList<qint64> {call});
    QCOMPARE(ids(QStringLiteral("o-1")), QList<qint64> {call + 1});
    QCOMPARE(ids(QStringLiteral("absent")), QList<qint64> {});
    QCOMPARE(ids(QStringLiteral("   ")), QList<qint64> {});
}

void TestStore::searchQuotesUserInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("unbalanced quote") << "he said \"hello" << 1;
    QTest::newRow("quoted phrase") << "\"said hello\"" << 1;
    QTest::newRow("AND as a word") << "AND" << 1;
    QTest::newRow("OR NOT") << "OR NOT" << 0;
    QTest::newRow("column filter") << "name:quotes" << 0;
    QTest::newRow("brackets") << "(hello" << 1;
    QTest::newRow("NEAR") << "NEAR(hello said)" << 0;
    QTest::newRow("minus") << "-hello" << 1;
    QTest::newRow("caret") << "^hello" << 1;
    QTest::newRow("lone star") << "*" << 0;
    QTest::newRow("lone quote") << "\"" << 0;
    QTest::newRow("sql") << "'); DROP TABLE events; --" << 0;
    QTest::newRow("email") << "ann@example.com" << 1;
}

void TestStore::searchQuotesUserInput()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    QVERIFY(store
                .insertEvent(makeEvent(QStringLiteral("social"), QStringLiteral("message_sent"),
                    QStringLiteral("Quotes and operators"),
                    QStringLiteral("{\"body\": \"he said hello (to ann@example.com)\"}")))
                .ok());
    auto found = store.search(text, 0, 10);
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QCOMPARE(found.value().size(), hits);
    QCOMPARE(store.count().value(), 1);
}

void TestStore::searchFollowsUpdatesAndDeletes()
{
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    const qint64 id = store
                          .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                              QStringLiteral("old name"),
                              QStringLiteral("{\"x\": "
                                             "\"alpha\"}")))
                          .value();
    StoredEvent e = store.event(id).value();
    e.payload = QStringLiteral("{\"x\": \"omega\"}");
    QVERIFY(store.updateEvent(e).ok());
    QCOMPARE(store.search(QStringLiteral("alpha"), 0, 10).value().size(), 0);
    QCOMPARE(store.search(QStringLiteral("omega"), 0, 10).value().size(), 1);
    QSqlQuery query(store.database().db());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('integrity-check')")));
    QVERIFY(store.deleteEvent(id).ok());
    QCOMPARE(store.search(QStringLiteral("omega"), 0, 10).value().size(), 0);
    QCOMPARE(store.search(QStringLiteral("name"), 0, 10).value().size(), 0);
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('integrity-check')")));
}

void TestStore::ftsQueryQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << "a b"
                           << "\"a\" \"b\"";
    QTest::newRow("inner quote") << "x\"y"
                                 << "\"x\"\"y\"";
    QTest::newRow("prefix") << "inv*"
                            << "\"inv\"*";
    QTest::newRow("punctuation only") << "- ( ) *"
                                      << "";
    QTest::newRow("operator") << "NOT"
                              << "\"NOT\"";
}

void TestStore::ftsQueryQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FtsQuery::fromUserText(text), expected);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
