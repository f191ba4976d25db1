#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Sets (order, moves, membership in several sets, deletions) and targets in the local store.
class TestStoreSets final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setLifecycle();
    void membersFollowAModelList();
    void moves_data();
    void moves();
    void deletingAnEventCompactsEverySet();
    void invalidPositionsAreRefused();
    void targetsByName();
    void targetsNeverHoldKeys_data();
    void targetsNeverHoldKeys();

private:
    QList<qint64> addEvents(int n);
    bool positionsContiguous(qint64 setId);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<EventStore> m_store;
};

void TestStoreSets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(&m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
}

void TestStoreSets::cleanup()
{
    m_store.reset();
}

QList<qint64> TestStoreSets::addEvents(int n)
{
    QList<StoredEvent> batch;
    for (int i = 0; i < n; ++i)
        batch << StoredEvent {0, QStringLiteral("emails"), QStringLiteral("sent"),
            QString::number(i), QStringLiteral("{}")};
    return m_store->bulkInsert(batch).value();
}

bool TestStoreSets::positionsContiguous(qint64 setId)
{
    QSqlQuery query(m_store->database().db());
    query.prepare(
        QStringLiteral("SELECT position FROM set_members WHERE set_id = ? ORDER BY position"));
    query.addBindValue(setId);
    query.exec();
    int expected = 0;
    while (query.next()) {
        if (query.value(0).toInt() != expected++)
            return false;
    }
    return true;
}

void TestStoreSets::setLifecycle()
{
    SetStore sets = m_store->sets();
    const qint64 id = sets.create(QStringLiteral("Beta"), QStringLiteral("second")).value();
    QVERIFY(sets.create(QStringLiteral("Alpha")).ok());
    QCOMPARE(sets.create(QStringLiteral("Beta")).error().code, QStringLiteral("store-duplicate"));
    QCOMPARE(sets.create(QStringLiteral("  ")).error().code, QStringLiteral("store-invalid-name"));
    QList<EventSet> all = sets.list().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(all.at(1).description, QStringLiteral("second"));

    m_clock.advanceMs(1000);
    QVERIFY(sets.rename(id, QStringLiteral("Gamma")).ok());
    QCOMPARE(sets.set(id).value().name, QStringLiteral("Gamma"));
    QCOMPARE(sets.set(id).value().updatedAt, m_clock.now());
    QCOMPARE(
        sets.rename(id, QStringLiteral("Alpha")).error().code, QStringLiteral("store-duplicate"));
    QVERIFY(sets.setDescription(id, QStringLiteral("third")).ok());
    QCOMPARE(sets.byName(QStringLiteral("Gamma")).value().description, QStringLiteral("third"));

    const QList<qint64> events = addEvents(2);
    QVERIFY(sets.appendMembers(id, events).ok());
    QCOMPARE(sets.set(id).value().memberCount, 2);
    QCOMPARE(sets.setsOf(events.at(0)).value().size(), 1);
    QVERIFY(sets.remove(id).ok());
    QCOMPARE(sets.set(id).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(sets.remove(id).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(m_store->count().value(), 2); // events outlive their sets
    QCOMPARE(sets.setsOf(events.at(0)).value().size(), 0);
}

void TestStoreSets::membersFollowAModelList()
{
    SetStore sets = m_store->sets();
    const qint64 set = sets.create(QStringLiteral("Random")).value();
    const QList<qint64> events = addEvents(12);
    QList<qint64> model;
    QRandomGenerator random(7);
    for (int step = 0; step < 300; ++step) {
        const int op = model.isEmpty() ? 0 : random.bounded(3);
        if (op == 0) {
            const qint64 event = events.at(random.bounded(events.size()));
            const int at = random.bounded(model.size() + 1);
            QCOMPARE(sets.addMember(set, event, at).value(), at);
            model.insert(at, event);
        } else if (op == 1) {
            const int at = random.bounded(model.size());
            QVERIFY(sets.removeMember(set, at).ok());
            model.removeAt(at);
        } else {
            const int from = random.bounded(model.size());
            const int to = random.bounded(model.size());
            QVERIFY(sets.moveMember(set, from, to).ok());
            model.move(from, to);
        }
        QCOMPARE(sets.members(set).value(), model);
    }
    QVERIFY(positionsContiguous(set));
    QCOMPARE(sets.members(set, 2, 3).value(), model.mid(2, 3));
}

void TestStoreSets::moves_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("first to last") << 0 << 4 << QList<int> {1, 2, 3, 4, 0};
    QTest::newRow("last to first") << 4 << 0 << QList<int> {4, 0, 1, 2, 3};
    QTest::newRow("down one") << 1 << 2 << QList<int> {0, 2, 1, 3, 4};
    QTest::newRow("up two") << 3 << 1 << QList<int> {0, 3, 1, 2, 4};
    QTest::newRow("in place") << 2 << 2 << QList<int> {0, 1, 2, 3, 4};
}

void TestStoreSets::moves()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QList<int>, order);
    SetStore sets = m_store->sets();
    const qint64 set = sets.create(QStringLiteral("Five")).value();
    const QList<qint64> events = addEvents(5);
    QVERIFY(sets.appendMembers(set, events).ok());
    QVERIFY(sets.moveMember(set, from, to).ok());
    QList<qint64> expected;
    for (int i : order)
        expected << events.at(i);
    QCOMPARE(sets.members(set).value(), expected);
    QVERIFY(positionsContiguous(set));
}

void TestStoreSets::deletingAnEventCompactsEverySet()
{
    SetStore sets = m_store->sets();
    const QList<qint64> e = addEvents(4);
    const qint64 a = sets.create(QStringLiteral("A")).value();
    const qint64 b = sets.create(QStringLiteral("B")).value();
    QVERIFY(sets.appendMembers(a, {e[0], e[1], e[2], e[1], e[3]}).ok());
    QVERIFY(sets.appendMembers(b, {e[1], e[3]}).ok());
    QCOMPARE(sets.setsOf(e[1]).value().size(), 2);
    QVERIFY(m_store->deleteEvent(e[1]).ok());
    QCOMPARE(sets.members(a).value(), (QList<qint64> {e[0], e[2], e[3]}));
    QCOMPARE(sets.members(b).value(), QList<qint64> {e[3]});
    QVERIFY(positionsContiguous(a) && positionsContiguous(b));
    QCOMPARE(sets.set(a).value().memberCount, 3);
}

void TestStoreSets::invalidPositionsAreRefused()
{
    SetStore sets = m_store->sets();
    const qint64 set = sets.create(QStringLiteral("S")).value();
    QVERIFY(sets.appendMembers(set, addEvents(3)).ok());
    QCOMPARE(sets.removeMember(set, 3).error().code, QStringLiteral("store-invalid-position"));
    QCOMPARE(sets.moveMember(set, 0, -1).error().code, QStringLiteral("store-invalid-position"));
    QCOMPARE(sets.moveMember(set + 1, 0, 1).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(sets.addMember(set, 9999).error().code, QStringLiteral("store-missing-reference"));
    QCOMPARE(sets.members(set).value().size(), 3);
    QVERIFY(positionsContiguous(set));
    QCOMPARE(sets.addMember(set, sets.members(set).value().at(0), 99).value(), 3);
}

void TestStoreSets::targetsByName()
{
    TargetStore targets = m_store->targets();
    Target t;
    t.name = QStringLiteral("Octave");
    t.urlTemplate = QStringLiteral(
        "https://app.octavehq.com/api/v2/analytics/webhook/receive/generic/{eventType}");
    t.authMode = TargetAuthMode::Query;
    t.keySource = KeySource::Keychain;
    t.keyName = QStringLiteral("eventsmith/octave");
    t.timeoutMs = 15000;
    t.extraHeadersJson = QStringLiteral("{\"X-Team\": \"growth\"}");
    const qint64 id = targets.add(t).value();
    QCOMPARE(targets.add(t).error().code, QStringLiteral("store-duplicate"));

    Target read = targets.byName(QStringLiteral("Octave")).value();
    QCOMPARE(read.id, id);
    QCOMPARE(read.authMode, TargetAuthMode::Query);
    QCOMPARE(read.keySource, KeySource::Keychain);
    QCOMPARE(read.keyName, t.keyName);
    QCOMPARE(read.timeoutMs, 15000);
    QCOMPARE(read.extraHeadersJson, t.extraHeadersJson);
    QCOMPARE(read.createdAt, m_clock.now());

    read.name = QStringLiteral("Octave EU");
    read.keySource = KeySource::Environment;
    read.keyName = QStringLiteral("OCTAVE_EU_KEY");
    QVERIFY(targets.update(read).ok());
    QCOMPARE(
        targets.byName(QStringLiteral("Octave")).error().code, QStringLiteral("store-not-found"));
    QCOMPARE(targets.target(id).value().keySource, KeySource::Environment);
    t.name = QStringLiteral("Local");
    t.keySource = KeySource::None;
    QVERIFY(targets.add(t).ok());
    const QList<Target> all = targets.list().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Local"));
    QVERIFY(targets.remove(QStringLiteral("Local")).ok());
    QCOMPARE(
        targets.remove(QStringLiteral("Local")).error().code, QStringLiteral("store-not-found"));
    read.id = 999;
    QCOMPARE(targets.update(read).error().code, QStringLiteral("store-not-found"));
}

void TestStoreSets::targetsNeverHoldKeys_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<int>("keySource");
    QTest::addColumn<QString>("keyName");
    const QString url = QStringLiteral("https://x.test/{eventType}");
    QTest::newRow("key in URL") << url + QStringLiteral("?api_key=sk-live") << QStringLiteral("{}")
                                << 0 << QStringLiteral("");
    QTest::newRow("key header") << url << "{\"API_KEY\": \"sk-live\"}" << 0 << "";
    QTest::newRow("authorization header") << url << "{\"Authorization\": \"Bearer x\"}" << 0 << "";
    QTest::newRow("headers not an object") << url << "[1]" << 0 << "";
    QTest::newRow("header not a string") << url << "{\"X\": 1}" << 0 << "";
    QTest::newRow("env without a name") << url << "{}" << int(KeySource::Environment) << "";
    QTest::newRow("no URL") << ""
                            << "{}" << 0 << "";
}

void TestStoreSets::targetsNeverHoldKeys()
{
    QFETCH(QString, url);
    QFETCH(QString, headers);
    QFETCH(int, keySource);
    QFETCH(QString, keyName);
    Target t;
    t.name = QStringLiteral("Bad");
    t.urlTemplate = url;
    t.extraHeadersJson = headers;
    t.keySource = static_cast<KeySource>(keySource);
    t.keyName = keyName;
    QCOMPARE(m_store->targets().add(t).error().code, QStringLiteral("store-invalid-target"));
    QCOMPARE(m_store->targets().list().value().size(), 0);
}

QTEST_GUILESS_MAIN(TestStoreSets)
#include "tst_storesets.moc"
