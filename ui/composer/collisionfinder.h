#pragma once

#include <QString>
#include <QStringList>

class EventStore;

// The stored events that share the composer's dedup ID, other than the event that is open.
// Asks the store only when the ID or the library changed, not on every keystroke.
class CollisionFinder final
{
public:
    explicit CollisionFinder(EventStore &store)
        : m_store(store)
    { }

    // Descriptions ("“name” (id 3, in Samples)") of the other events with `dedupId`.
    QStringList find(const QString &dedupId, qint64 openEventId);
    // The library changed: the next find() asks the store again.
    void invalidate() { m_dedupId.clear(); }

private:
    EventStore &m_store;
    QString m_dedupId;
    qint64 m_openEventId = 0;
    QStringList m_found;
};
