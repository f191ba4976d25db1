#include "ui/library/deleteeventscommand.h"

#include "core/storage/eventstore.h"

#include <QCoreApplication>

DeleteEventsCommand::DeleteEventsCommand(
    EventStore &store, const QList<qint64> &eventIds, std::function<void()> changed)
    : m_store(store)
    , m_changed(std::move(changed))
{
    for (const qint64 id : eventIds)
        m_events.append({StoredEvent {id}, {}});
    setText(QCoreApplication::translate(
        "DeleteEventsCommand", "Delete %n event(s)", nullptr, int(eventIds.size())));
}

QList<DeleteEventsCommand::Placement> DeleteEventsCommand::placementsOf(qint64 eventId) const
{
    QList<Placement> placements;
    const auto sets = m_store.sets().setsOf(eventId);
    if (!sets)
        return placements;
    for (const EventSet &set : sets.value()) {
        const auto members = m_store.sets().members(set.id);
        if (!members)
            continue;
        for (int position = 0; position < members.value().size(); ++position)
            if (members.value().at(position) == eventId)
                placements.append({set.id, position});
    }
    return placements;
}

void DeleteEventsCommand::redo()
{
    for (Deleted &deleted : m_events) {
        auto event = m_store.event(deleted.event.id);
        if (!event)
            continue;
        deleted.placements = placementsOf(deleted.event.id);
        deleted.event = event.takeValue();
        // An event the store refused to delete stays in the list the page rereads.
        static_cast<void>(m_store.deleteEvent(deleted.event.id));
    }
    m_changed();
}

// Restores in reverse order of deletion and each set's positions from the lowest up, so every
// position is valid when it is used.
void DeleteEventsCommand::undo()
{
    for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
        const auto id = m_store.insertEvent(it->event);
        if (!id)
            continue;
        it->event.id = id.value();
        for (const Placement &placement : std::as_const(it->placements))
            static_cast<void>(
                m_store.sets().addMember(placement.setId, id.value(), placement.position));
    }
    m_changed();
}
