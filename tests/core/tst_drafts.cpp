#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"
#include "core/storage/storeerrors.h"

#include <QTemporaryDir>
#include <QtTest>

// The composer's drafts: written, updated, arranged and removed, apart from library events,
// following a deleted event, and the sends of a new event attached to it once it is saved.
class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesAndUpdatesADraft();
    void arrangeSetsOrderAndTheCurrentTab();
    void draftsAreNotLibraryEvents();
    void deletedEventLeavesANewEventDraft();
    void sendsOfANewEventJoinItWhenSaved();

private:
    StoredDraft draft(const QString &text) const;

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TestDrafts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(&m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
}

void TestDrafts::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

StoredDraft TestDrafts::draft(const QString &text) const
{
    StoredDraft d;
    d.text = text;
    d.dirty = true;
    return d;
}

void TestDrafts::writesAndUpdatesADraft()
{
    DraftStore drafts = m_store->drafts();
    StoredDraft d = draft(QStringLiteral("{\"subject\": \"Hi\"}"));
    d.family = QStringLiteral("emails");
    d.cursor = 7;
    d.sendIds = {12, 9};
    const auto id = drafts.write(d);
    QVERIFY(id.ok());
    d.id = id.value();
    d.text = QStringLiteral("{\"subject\": \"Hi there\"}");
    QVERIFY(drafts.write(d).ok());
    const QList<StoredDraft> list = drafts.list().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, d.id);
    QCOMPARE(list.at(0).text, d.text);
    QCOMPARE(list.at(0).family, QStringLiteral("emails"));
    QCOMPARE(list.at(0).cursor, 7);
    QVERIFY(list.at(0).dirty);
    QCOMPARE(list.at(0).sendIds, (QList<qint64> {12, 9}));
    StoredDraft gone = d;
    gone.id = d.id + 100;
    QCOMPARE(drafts.write(gone).error().code, StoreErrors::NotFound);
}

void TestDrafts::arrangeSetsOrderAndTheCurrentTab()
{
    DraftStore drafts = m_store->drafts();
    const qint64 a = drafts.write(draft(QStringLiteral("a"))).value();
    const qint64 b = drafts.write(draft(QStringLiteral("b"))).value();
    const qint64 c = drafts.write(draft(QStringLiteral("c"))).value();
    QVERIFY(drafts.arrange({c, a, b}, a).ok());
    QList<StoredDraft> list = drafts.list().value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).text, QStringLiteral("c"));
    QCOMPARE(list.at(1).text, QStringLiteral("a"));
    QCOMPARE(list.at(2).text, QStringLiteral("b"));
    QVERIFY(!list.at(0).current && list.at(1).current && !list.at(2).current);
    QVERIFY(drafts.remove(a).ok());
    list = drafts.list().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).text, QStringLiteral("c"));
}

void TestDrafts::draftsAreNotLibraryEvents()
{
    QVERIFY(m_store->drafts().write(draft(QStringLiteral("{\"a\": 1}"))).ok());
    QCOMPARE(m_store->count().value(), qint64(0));
    QVERIFY(m_store->search(QStringLiteral("a"), 0, 10).value().isEmpty());
}

void TestDrafts::deletedEventLeavesANewEventDraft()
{
    const qint64 eventId = m_store
                               ->insertEvent({0, QStringLiteral("emails"), QStringLiteral("sent"),
                                   QStringLiteral("Welcome"), QStringLiteral("{}")})
                               .value();
    StoredDraft d = draft(QStringLiteral("{\"x\": 1}"));
    d.eventId = eventId;
    d.name = QStringLiteral("Welcome");
    QVERIFY(m_store->drafts().write(d).ok());
    QVERIFY(m_store->deleteEvent(eventId).ok());
    const QList<StoredDraft> list = m_store->drafts().list().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).eventId, qint64(0));
    QCOMPARE(list.at(0).text, QStringLiteral("{\"x\": 1}")); // the typed text stays
}

void TestDrafts::sendsOfANewEventJoinItWhenSaved()
{
    HistoryStore history = m_store->history();
    SendRecord record;
    record.targetName = QStringLiteral("Local receiver");
    record.requestUrl = QStringLiteral("http://127.0.0.1:1/");
    const qint64 first = history.append(record).value();
    const qint64 second = history.append(record).value();
    const qint64 eventId = m_store
                               ->insertEvent({0, QStringLiteral("emails"), QStringLiteral("sent"),
                                   QStringLiteral("Saved"), QStringLiteral("{}")})
                               .value();
    QVERIFY(history.forEvent(eventId).value().isEmpty());
    QVERIFY(history.attachToEvent({first, second}, eventId).ok());
    QCOMPARE(history.forEvent(eventId).value().size(), 2);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
