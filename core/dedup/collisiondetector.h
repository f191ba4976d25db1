#pragma once

#include <QHash>
#include <QString>
#include <QVector>

// Finds events of a set that share a dedup ID: the server keeps the first and skips the rest.
class CollisionDetector final
{
public:
    void add(int index, const QString &dedupId);
    // Groups of indexes (in insertion order) whose IDs are equal; only groups of 2 or more.
    QVector<QVector<int>> collisions() const;
    // Index of the first event with the same ID, or -1 when `index` is the first.
    int firstWithSameId(int index) const;

private:
    QHash<QString, QVector<int>> m_byId;
    QHash<int, QString> m_idOf;
    QVector<QString> m_order;
};
