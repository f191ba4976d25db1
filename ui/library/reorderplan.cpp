#include "ui/library/reorderplan.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace ReorderPlan {

namespace {

QVector<int> identity(int count)
{
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

QSet<int> asSet(const QList<int> &rows)
{
    return QSet<int>(rows.cbegin(), rows.cend());
}

} // namespace

QVector<int> asBlock(int count, QList<int> rows, int target)
{
    std::sort(rows.begin(), rows.end());
    const QSet<int> moving = asSet(rows);
    QVector<int> order;
    order.reserve(count);
    for (int position = 0; position <= count; ++position) {
        if (position == target)
            for (const int row : std::as_const(rows))
                order << row;
        if (position < count && !moving.contains(position))
            order << position;
    }
    return order;
}

QVector<int> steppedUp(int count, QList<int> rows)
{
    const QSet<int> moving = asSet(rows);
    QVector<int> order = identity(count);
    for (int i = 1; i < count; ++i)
        if (moving.contains(order[i]) && !moving.contains(order[i - 1]))
            std::swap(order[i], order[i - 1]);
    return order;
}

QVector<int> steppedDown(int count, QList<int> rows)
{
    const QSet<int> moving = asSet(rows);
    QVector<int> order = identity(count);
    for (int i = count - 2; i >= 0; --i)
        if (moving.contains(order[i]) && !moving.contains(order[i + 1]))
            std::swap(order[i], order[i + 1]);
    return order;
}

QList<Move> moves(const QVector<int> &order)
{
    QList<Move> out;
    QVector<int> current = identity(int(order.size()));
    for (int i = 0; i < order.size(); ++i) {
        if (current[i] == order[i])
            continue;
        const int from
            = int(std::find(current.begin() + i, current.end(), order[i]) - current.begin());
        current.move(from, i);
        out << Move {from, i};
    }
    return out;
}

} // namespace ReorderPlan
