#pragma once

#include "core/storage/storedevent.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

class EventStore;

// Deletes saved events and brings them back on undo with their places in every set. The store
// gives a restored event a new id, so the command follows the ids it hands out.
class DeleteEventsCommand final : public QUndoCommand
{
public:
    DeleteEventsCommand(
        EventStore &store, const QList<qint64> &eventIds, std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    struct Placement
    {
        qint64 setId = 0;
        int position = 0;
    };
    struct Deleted
    {
        StoredEvent event;
        QList<Placement> placements;
    };

    QList<Placement> placementsOf(qint64 eventId) const;

    EventStore &m_store;
    QList<Deleted> m_events;
    std::function<void()> m_changed;
};
