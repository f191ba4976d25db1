#include "core/dedup/collisiondetector.h"

void CollisionDetector::add(int index, const QString &dedupId)
{
    const auto previous = m_idOf.constFind(index);
    if (previous != m_idOf.constEnd()) {
        // Re-adding an index (an edited event) moves it to its new ID.
        if (*previous == dedupId)
            return;
        m_byId[*previous].removeOne(index);
    }
    m_idOf.insert(index, dedupId);
    // An emptied group keeps its hash entry, so an ID enters m_order exactly once.
    if (!m_byId.contains(dedupId))
        m_order.append(dedupId);
    m_byId[dedupId].append(index);
}

QVector<QVector<int>> CollisionDetector::collisions() const
{
    QVector<QVector<int>> groups;
    for (const QString &id : m_order) {
        const QVector<int> &group = m_byId[id];
        if (group.size() >= 2)
            groups.append(group);
    }
    return groups;
}

int CollisionDetector::firstWithSameId(int index) const
{
    const auto id = m_idOf.constFind(index);
    if (id == m_idOf.constEnd())
        return -1;
    const QVector<int> &group = m_byId[*id];
    return group.isEmpty() || group.first() == index ? -1 : group.first();
}
