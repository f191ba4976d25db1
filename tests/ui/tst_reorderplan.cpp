#include "ui/library/reorderplan.h"

#include <QTest>

// The moves that reorder a set: applied one by one to 0..n-1 they give the order asked for.
class TestReorderPlan : public QObject
{
    Q_OBJECT

private slots:
    void movesGiveTheOrder_data();
    void movesGiveTheOrder();
    void edgesStay();
};

namespace {

QVector<int> applied(int count, const QList<ReorderPlan::Move> &moves)
{
    QVector<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    for (const ReorderPlan::Move &move : moves)
        order.move(move.first, move.second);
    return order;
}

} // namespace

void TestReorderPlan::movesGiveTheOrder_data()
{
    QTest::addColumn<QVector<int>>("order");
    QTest::addColumn<QVector<int>>("expected");
    QTest::newRow("block down") << ReorderPlan::asBlock(7, {1, 3}, 6)
                                << QVector<int> {0, 2, 4, 5, 1, 3, 6};
    QTest::newRow("block up") << ReorderPlan::asBlock(6, {4, 2}, 0)
                              << QVector<int> {2, 4, 0, 1, 3, 5};
    QTest::newRow("block to the end")
        << ReorderPlan::asBlock(4, {0}, 4) << QVector<int> {1, 2, 3, 0};
    QTest::newRow("step up, apart")
        << ReorderPlan::steppedUp(6, {2, 4}) << QVector<int> {0, 2, 1, 4, 3, 5};
    QTest::newRow("step up, together")
        << ReorderPlan::steppedUp(5, {2, 3}) << QVector<int> {0, 2, 3, 1, 4};
    QTest::newRow("step down") << ReorderPlan::steppedDown(5, {1, 2})
                               << QVector<int> {0, 3, 1, 2, 4};
}

void TestReorderPlan::movesGiveTheOrder()
{
    QFETCH(QVector<int>, order);
    QFETCH(QVector<int>, expected);
    QCOMPARE(order, expected);
    QCOMPARE(applied(int(order.size()), ReorderPlan::moves(order)), expected);
}

void TestReorderPlan::edgesStay()
{
    QCOMPARE(ReorderPlan::steppedUp(3, {0}), QVector<int>({0, 1, 2}));
    QCOMPARE(ReorderPlan::steppedDown(3, {2}), QVector<int>({0, 1, 2}));
    QVERIFY(ReorderPlan::moves(ReorderPlan::steppedUp(3, {0, 1})).isEmpty());
}

QTEST_GUILESS_MAIN(TestReorderPlan)
#include "tst_reorderplan.moc"
