#include "core/library/eventsaver.h"

#include "core/library/libraryerrors.h"

#include "core/library/storedeventfactory.h"
#include "core/storage/eventstore.h"
#include "core/validation/payloadcheck.h"
namespace EventSaver {

namespace {

Result<bool> addToSet(EventStore &store, qint64 setId, qint64 eventId)
{
    SetStore sets = store.sets();
    const auto members = sets.members(setId);
    if (!members)
        return members.error();
    if (members.value().contains(eventId))
        return false;
    const auto added = sets.addMember(setId, eventId);
    if (!added)
        return added.error();
    return true;
}

} // namespace

Result<Saved> save(EventStore &store, qint64 eventId, const QString &name, const QString &payload,
    const PayloadCheck &check, qint64 setId)
{
    if (check.family.isEmpty())
        return Error {LibraryErrors::NoFamily,
            QStringLiteral("The event has no family yet; pick one or fix the JSON first.")};
    StoredEvent event = StoredEventFactory::make(
        name.trimmed().isEmpty() ? StoredEventFactory::defaultName(payload, check) : name.trimmed(),
        payload, check);
    Saved saved;
    if (eventId > 0 && store.event(eventId)) {
        event.id = eventId;
        if (const auto updated = store.updateEvent(event); !updated)
            return updated.error();
        saved.eventId = eventId;
    } else {
        const auto inserted = store.insertEvent(event);
        if (!inserted)
            return inserted.error();
        saved.eventId = inserted.value();
        saved.inserted = true;
    }
    if (setId > 0) {
        const auto added = addToSet(store, setId, saved.eventId);
        if (!added)
            return added.error();
        saved.addedToSet = added.value();
    }
    return saved;
}

} // namespace EventSaver
