#include "ui/replay/setevents.h"

#include "core/storage/eventstore.h"

Result<QVector<ReplayEvent>> SetEvents::load(EventStore &store, qint64 setId)
{
    const auto members = store.sets().members(setId);
    if (!members)
        return members.error();
    QVector<ReplayEvent> events;
    events.reserve(members.value().size());
    for (const qint64 id : members.value()) {
        const auto event = store.event(id);
        if (!event)
            return event.error();
        ReplayEvent e;
        e.family = event.value().family;
        e.name = event.value().name;
        e.payload = event.value().payload.toUtf8();
        e.storedEventId = id;
        events.append(e);
    }
    return events;
}
