#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"
#include "core/storage/storetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The import path of the store: rows inserted straight into the caller's transaction (no
// savepoint per batch) under bulk connection settings, with counts and full-text search kept
// exact, and nothing left behind when the transaction is rolled back.
class TestStoreBulk final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void needsAnOpenTransaction();
    void batchesKeepCountsAndSearch_data();
    void batchesKeepCountsAndSearch();
    void rollbackLeavesNothing();
    void bulkSettingsKeepDurability();

private:
    static QList<StoredEvent> batch(int first, int count);
    static QVariant pragma(EventStore &store, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<EventStore> m_store;
};

void TestStoreBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(&m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
}

// Events `first`..`first + count - 1`; every tenth mentions "zanzibar".
QList<StoredEvent> TestStoreBulk::batch(int first, int count)
{
    static const QStringList families {QStringLiteral("emails"), QStringLiteral("calls"),
        QStringLiteral("crm"), QStringLiteral("social")};
    QList<StoredEvent> events;
    for (int i = first; i < first + count; ++i) {
        StoredEvent e;
        e.family = families.at(i % 4);
        e.subType = i % 2 ? QStringLiteral("sent") : QStringLiteral("reply");
        e.name = QStringLiteral("event %1").arg(i);
        e.payload = QStringLiteral("{\"subject\":\"note %1 %2\"}")
                        .arg(i)
                        .arg(i % 10 == 0 ? QStringLiteral("zanzibar") : QStringLiteral("plain"));
        e.validity = EventValidity::Valid;
        events << e;
    }
    return events;
}

QVariant TestStoreBulk::pragma(EventStore &store, const QString &name)
{
    QSqlQuery query(store.database().db());
    return query.exec(QStringLiteral("PRAGMA %1").arg(name)) && query.next() ? query.value(0)
                                                                             : QVariant();
}

void TestStoreBulk::needsAnOpenTransaction()
{
    const auto ids = m_store->insertIntoTransaction(batch(0, 3));
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().code, QStringLiteral("store-no-transaction"));
    QCOMPARE(m_store->count().value(), 0);
}

void TestStoreBulk::batchesKeepCountsAndSearch_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one row") << 1 << 1;
    QTest::newRow("3 x 1000") << 3 << 1000;
    QTest::newRow("20 x 250") << 20 << 250;
}

void TestStoreBulk::batchesKeepCountsAndSearch()
{
    QFETCH(int, batches);
    QFETCH(int, batchSize);
    QVERIFY(m_store->tuneForBulkWrite().ok());
    StoreTransaction transaction(m_store->database());
    QVERIFY(transaction.begin().ok());
    QList<qint64> ids;
    for (int b = 0; b < batches; ++b) {
        const auto added = m_store->insertIntoTransaction(batch(b * batchSize, batchSize));
        QVERIFY(added.ok());
        ids += added.value();
    }
    QVERIFY(transaction.commit().ok());
    const int total = batches * batchSize;
    QCOMPARE(ids.size(), total);
    for (int i = 1; i < ids.size(); ++i)
        QCOMPARE(ids[i], ids[i - 1] + 1);
    QCOMPARE(m_store->count().value(), total);
    QCOMPARE(m_store->count({QStringLiteral("crm")}).value(), total / 4);
    QCOMPARE(m_store->event(ids.last()).value().name, QStringLiteral("event %1").arg(total - 1));
    QCOMPARE(
        m_store->search(QStringLiteral("zanzibar"), 0, total).value().size(), (total + 9) / 10);
}

void TestStoreBulk::rollbackLeavesNothing()
{
    {
        StoreTransaction transaction(m_store->database());
        QVERIFY(transaction.begin().ok());
        QVERIFY(m_store->insertIntoTransaction(batch(0, 500)).ok());
        QList<StoredEvent> broken = batch(500, 10);
        broken[5].family.clear(); // refused: the caller rolls back everything
        QVERIFY(!m_store->insertIntoTransaction(broken).ok());
    } // destroyed without commit
    QCOMPARE(m_store->count().value(), 0);
    QVERIFY(m_store->search(QStringLiteral("zanzibar"), 0, 10).value().isEmpty());
    QVERIFY(m_store->bulkInsert(batch(0, 2)).ok()); // the store is usable afterwards
    QCOMPARE(m_store->count().value(), 2);
}

void TestStoreBulk::bulkSettingsKeepDurability()
{
    QVERIFY(m_store->tuneForBulkWrite(64).ok());
    QCOMPARE(pragma(*m_store, QStringLiteral("temp_store")).toInt(), 2); // memory
    QCOMPARE(pragma(*m_store, QStringLiteral("cache_size")).toInt(), -64 * 1024);
    QCOMPARE(pragma(*m_store, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*m_store, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(pragma(*m_store, QStringLiteral("foreign_keys")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestStoreBulk)
#include "tst_storebulk.moc"
