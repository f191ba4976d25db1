#pragma once

#include <QList>
#include <QPair>
#include <QVector>

// Reordering a set as the store does it, one member move at a time: the order the user asked
// for (several rows dragged as a block, or stepped up or down with the keyboard) becomes the
// shortest run of single moves over the rows between the first and the last one that change.
namespace ReorderPlan {
using Move = QPair<int, int>; // from, to: positions at the time of the move
// `rows` dropped as a block before position `target` of a set of `count`, in their order.
QVector<int> asBlock(int count, QList<int> rows, int target);
// Each of `rows` one place up (down), past the next row that is not moving; a row at the edge
// stays.
QVector<int> steppedUp(int count, QList<int> rows);
QVector<int> steppedDown(int count, QList<int> rows);
// The moves that turn 0..n-1 into `order` (order[i]: the old position of the new i-th member).
QList<Move> moves(const QVector<int> &order);
} // namespace ReorderPlan
