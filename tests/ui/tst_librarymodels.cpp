#include "tests/support/testworkspace.h"
#include "ui/library/eventlistmodel.h"
#include "ui/library/setlistmodel.h"

#include "core/storage/eventstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

// The library's lazy models over a store of thousands of events, each one watched by
// QAbstractItemModelTester: paging, search, filters, set mode and moves.
class TestLibraryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchMoreReadsOnePageAtATime();
    void searchFindsByWord_data();
    void searchFindsByWord();
    void filtersNarrowTheRows_data();
    void filtersNarrowTheRows();
    void changesUnderTheTester();
    void setModeFollowsPositionsAndMoves();
    void setListShowsSetsAndCounts();

private:
    void fetchAll(EventListModel &model);

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_setId = 0;
    QList<qint64> m_ids;
};

static constexpr int eventCount = 3000;

void TestLibraryModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ws = std::make_unique<TestWorkspace>(false, /*seedSamples=*/false);
    EventStore &store = (*m_ws)->store();
    QList<StoredEvent> batch;
    for (int i = 0; i < eventCount; ++i) {
        StoredEvent event;
        event.family = i % 3 == 0 ? QStringLiteral("calls") : QStringLiteral("emails");
        event.subType = i % 2 == 0 ? QStringLiteral("sent") : QStringLiteral("opened");
        event.name = QStringLiteral("event %1").arg(i);
        const QString word = i % 10 == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
        event.payload = QStringLiteral("{\"subject\": \"%1 number %2\"}").arg(word).arg(i);
        event.validity = i % 4 == 0 ? EventValidity::Invalid : EventValidity::Valid;
        batch << event;
    }
    auto ids = store.bulkInsert(batch);
    QVERIFY(ids);
    m_ids = ids.value();
    auto set = store.sets().create(QStringLiteral("Every fifth"));
    QVERIFY(set);
    m_setId = set.value();
    QList<qint64> members;
    for (int i = 0; i < m_ids.size(); i += 5)
        members << m_ids.at(i);
    QVERIFY(store.sets().appendMembers(m_setId, members));
}

void TestLibraryModels::fetchAll(EventListModel &model)
{
    for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
        model.fetchMore({});
}

void TestLibraryModels::fetchMoreReadsOnePageAtATime()
{
    EventListModel model((*m_ws)->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    model.reload(); // the tester read pages when it was attached
    QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), EventListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * EventListModel::PageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), eventCount);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.eventId(row - 1) < model.eventId(row));
    QCOMPARE(
        model.index(42, EventListModel::NameColumn).data().toString(), QStringLiteral("event 42"));
}

void TestLibraryModels::searchFindsByWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("alpha") << "alpha" << eventCount / 10;
    QTest::newRow("beta") << "beta" << eventCount - eventCount / 10;
    QTest::newRow("two words") << "alpha number" << eventCount / 10;
    QTest::newRow("exact number") << "\"1230\"" << 1;
    QTest::newRow("absent") << "gamma" << 0;
    QTest::newRow("operators are text") << "alpha OR beta" << 0;
}

void TestLibraryModels::searchFindsByWord()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    EventListModel model((*m_ws)->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    model.setSearchText(text);
    QCOMPARE(model.rowCount(), 0);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    const QString word = text.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('"'));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.eventAt(row).payload.contains(word));
}

void TestLibraryModels::filtersNarrowTheRows_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("subType");
    QTest::addColumn<int>("validity");
    QTest::addColumn<int>("expected");
    QTest::newRow("calls") << "calls"
                           << "" << -1 << eventCount / 3;
    QTest::newRow("emails opened") << "emails"
                                   << "opened" << -1 << 1000;
    QTest::newRow("invalid") << ""
                             << "" << int(EventValidity::Invalid) << eventCount / 4;
    QTest::newRow("calls invalid") << "calls"
                                   << "" << int(EventValidity::Invalid) << 250;
    QTest::newRow("none") << "crm"
                          << "" << -1 << 0;
}

void TestLibraryModels::filtersNarrowTheRows()
{
    QFETCH(QString, family);
    QFETCH(QString, subType);
    QFETCH(int, validity);
    QFETCH(int, expected);
    EventFilter filter {family, subType, std::nullopt};
    if (validity >= 0)
        filter.validity = EventValidity(validity);
    EventListModel model((*m_ws)->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE((*m_ws)->store().count(filter).value(), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row) {
        const StoredEvent &event = model.eventAt(row);
        QVERIFY(family.isEmpty() || event.family == family);
        QVERIFY(subType.isEmpty() || event.subType == subType);
        QVERIFY(validity < 0 || int(event.validity) == validity);
    }
}

// Filter, search and set changes one after another, with rows loaded in between.
void TestLibraryModels::changesUnderTheTester()
{
    EventListModel model((*m_ws)->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    model.fetchMore({});
    model.setSearchText(QStringLiteral("alpha"));
    model.fetchMore({});
    QVERIFY(model.rowCount() > 0);
    model.setFilter({QStringLiteral("calls"), {}, std::nullopt});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 100); // i % 10 == 0 and i % 3 == 0: i % 30 == 0
    model.setSetId(m_setId);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 100); // members are i % 5 == 0, so all of them
    model.setSearchText(QString());
    model.setFilter({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), EventListModel::PageSize);
    model.refreshEvent(model.eventId(3));
    QCOMPARE(model.rowCount(), EventListModel::PageSize);
}

void TestLibraryModels::setModeFollowsPositionsAndMoves()
{
    EventStore &store = (*m_ws)->store();
    EventListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    model.setSetId(m_setId);
    QVERIFY(model.canReorder());
    fetchAll(model);
    QCOMPARE(model.rowCount(), eventCount / 5);
    const QList<qint64> before = store.sets().members(m_setId).value();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventId(row), before.at(row));
    QVERIFY(model.applyMove(0, 10));
    QVERIFY(model.applyMove(500, 2));
    QVERIFY(model.applyMove(7, 7) == false);
    const QList<qint64> after = store.sets().members(m_setId).value();
    QCOMPARE(after.at(11), before.at(0)); // at 10, then pushed down by the second move
    QCOMPARE(after.at(2), before.at(500));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventId(row), after.at(row));
    QVERIFY(model.applyMove(2, 500));
    QVERIFY(model.applyMove(10, 0));
    QCOMPARE(store.sets().members(m_setId).value(), before);
    model.setFilter({QStringLiteral("calls"), {}, std::nullopt});
    QVERIFY(!model.canReorder()); // positions of a filtered view are not the set's
    QVERIFY(!model.applyMove(0, 1));
}

void TestLibraryModels::setListShowsSetsAndCounts()
{
    EventStore &store = (*m_ws)->store();
    SetListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test decides when pages are read
    QCOMPARE(model.rowCount(), 1); // only "All events" until refreshed
    QVERIFY(!model.isLoaded());
    auto second = store.sets().create(QStringLiteral("A first by name"));
    QVERIFY(second);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(SetListModel::CountRole).toLongLong(), qint64(eventCount));
    QCOMPARE(model.setIdAt(1), second.value());
    QCOMPARE(model.index(2).data(SetListModel::CountRole).toLongLong(), qint64(eventCount / 5));
    QCOMPARE(model.rowOf(m_setId), 2);
    QVERIFY(store.sets().remove(second.value()));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
