#include "ui/composer/collisionfinder.h"

#include "core/storage/eventstore.h"

#include <QCoreApplication>

QStringList CollisionFinder::find(const QString &dedupId, qint64 openEventId)
{
    if (dedupId == m_dedupId && openEventId == m_openEventId)
        return m_found;
    m_dedupId = dedupId;
    m_openEventId = openEventId;
    m_found.clear();
    if (dedupId.isEmpty() || !m_store.isOpen())
        return m_found;
    const auto events = m_store.findByDedupId(dedupId);
    if (!events)
        return m_found;
    for (const StoredEvent &event : events.value()) {
        if (event.id == openEventId)
            continue;
        QStringList setNames;
        if (const auto sets = m_store.sets().setsOf(event.id))
            for (const EventSet &set : sets.value())
                setNames << set.name;
        m_found << (setNames.isEmpty()
                ? QCoreApplication::translate("CollisionFinder", "“%1” (id %2, in the library)")
                      .arg(event.name)
                      .arg(event.id)
                : QCoreApplication::translate("CollisionFinder", "“%1” (id %2, in %3)")
                      .arg(event.name)
                      .arg(event.id)
                      .arg(setNames.join(QStringLiteral(", "))));
    }
    return m_found;
}
