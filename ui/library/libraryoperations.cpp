#include "ui/library/libraryoperations.h"

#include "ui/library/deleteeventscommand.h"
#include "ui/library/storecommand.h"

#include "core/storage/eventstore.h"

#include <QUndoStack>

#include <memory>

LibraryOperations::LibraryOperations(EventStore &store, QUndoStack &undo, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(undo)
{ }

bool LibraryOperations::report(const QString &error)
{
    emit failed(error);
    return false;
}

void LibraryOperations::push(
    const QString &text, std::function<bool()> redo, std::function<bool()> undo)
{
    m_undo.push(new StoreCommand(text, std::move(redo), std::move(undo), [this] {
        const qint64 set = m_lastSet;
        m_lastSet = 0;
        emit changed(set);
    }));
}

void LibraryOperations::deleteEvents(const QList<qint64> &eventIds)
{
    if (eventIds.isEmpty())
        return;
    m_undo.push(new DeleteEventsCommand(m_store, eventIds, [this] { emit changed(0); }));
}

void LibraryOperations::renameEvent(qint64 eventId, const QString &oldName, const QString &newName)
{
    auto rename = [this, eventId](const QString &name) {
        auto event = m_store.event(eventId);
        if (!event)
            return report(event.error().message);
        event.value().name = name;
        const auto updated = m_store.updateEvent(event.value());
        return updated ? true : report(updated.error().message);
    };
    push(
        tr("Rename \"%1\"").arg(oldName), [=] { return rename(newName); },
        [=] { return rename(oldName); });
}

void LibraryOperations::duplicateEvents(const QList<qint64> &eventIds, qint64 intoSetId)
{
    auto copies = std::make_shared<QList<qint64>>();
    auto redo = [this, eventIds, intoSetId, copies] {
        copies->clear();
        for (const qint64 id : eventIds) {
            auto event = m_store.event(id);
            if (!event)
                continue;
            StoredEvent copy = event.takeValue();
            copy.name = tr("%1 (copy)").arg(copy.name);
            copy.createdAt = copy.updatedAt = QDateTime();
            const auto inserted = m_store.insertEvent(copy);
            if (!inserted)
                return report(inserted.error().message);
            *copies << inserted.value();
        }
        if (intoSetId != 0) {
            if (const auto added = m_store.sets().appendMembers(intoSetId, *copies); !added)
                report(added.error().message); // the copies exist; only the set lacks them
        }
        return !copies->isEmpty();
    };
    auto undo = [this, copies] {
        for (const qint64 id : std::as_const(*copies)) {
            if (const auto deleted = m_store.deleteEvent(id); !deleted)
                report(deleted.error().message);
        }
        return true;
    };
    push(tr("Duplicate %n event(s)", nullptr, int(eventIds.size())), redo, undo);
}

bool LibraryOperations::move(qint64 setId, int from, int to)
{
    if (m_mover && m_mover(setId, from, to))
        return true;
    const auto moved = m_store.sets().moveMember(setId, from, to);
    return moved ? true : report(moved.error().message);
}

void LibraryOperations::moveMember(qint64 setId, int from, int to)
{
    if (from == to)
        return;
    m_undo.push(new StoreCommand(
        tr("Move an event"), [=] { return move(setId, from, to); },
        [=] { return move(setId, to, from); }, [this, setId] { emit moved(setId); }));
}

// Several rows at once (a block dragged, rows stepped with Alt+Up/Down): one undoable step.
void LibraryOperations::reorder(qint64 setId, const QList<ReorderPlan::Move> &moves, int rows)
{
    if (moves.isEmpty())
        return;
    auto redo = [this, setId, moves] {
        for (const ReorderPlan::Move &step : moves)
            if (!move(setId, step.first, step.second))
                return false;
        return true;
    };
    auto undo = [this, setId, moves] {
        for (auto it = moves.crbegin(); it != moves.crend(); ++it)
            if (!move(setId, it->second, it->first))
                return false;
        return true;
    };
    m_undo.push(new StoreCommand(
        tr("Move %n event(s)", nullptr, rows), redo, undo, [this, setId] { emit moved(setId); }));
}

void LibraryOperations::addToSet(qint64 setId, const QList<qint64> &eventIds)
{
    auto before = std::make_shared<qint64>(0);
    auto redo = [this, setId, eventIds, before] {
        const auto set = m_store.sets().set(setId);
        if (!set)
            return report(set.error().message);
        *before = set.value().memberCount;
        const auto added = m_store.sets().appendMembers(setId, eventIds);
        return added ? true : report(added.error().message);
    };
    auto undo = [this, setId, eventIds, before] {
        for (int i = 0; i < eventIds.size(); ++i) {
            if (const auto removed = m_store.sets().removeMember(setId, int(*before)); !removed)
                report(removed.error().message);
        }
        return true;
    };
    push(tr("Add %n event(s) to a set", nullptr, int(eventIds.size())), redo, undo);
}

void LibraryOperations::removeFromSet(qint64 setId, QList<int> positions)
{
    std::sort(positions.begin(), positions.end(), std::greater<int>());
    auto ids = std::make_shared<QList<qint64>>();
    auto redo = [this, setId, positions, ids] {
        ids->clear();
        for (const int position : positions) {
            const auto member = m_store.sets().members(setId, position, 1);
            ids->append(member && !member.value().isEmpty() ? member.value().constFirst() : 0);
            if (const auto removed = m_store.sets().removeMember(setId, position); !removed)
                report(removed.error().message);
        }
        return true;
    };
    auto undo = [this, setId, positions, ids] {
        for (int i = int(positions.size()) - 1; i >= 0; --i) {
            if (ids->value(i) == 0)
                continue;
            if (const auto added = m_store.sets().addMember(setId, ids->at(i), positions.at(i));
                !added)
                report(added.error().message);
        }
        return true;
    };
    push(tr("Remove %n event(s) from a set", nullptr, int(positions.size())), redo, undo);
}

void LibraryOperations::createSet(const QString &name)
{
    auto id = std::make_shared<qint64>(0);
    auto redo = [this, name, id] {
        const auto created = m_store.sets().create(name);
        if (!created)
            return report(created.error().message);
        m_lastSet = *id = created.value();
        return true;
    };
    push(tr("New set \"%1\"").arg(name), redo,
        [this, id] { return bool(m_store.sets().remove(*id)); });
}

void LibraryOperations::renameSet(qint64 setId, const QString &oldName, const QString &newName)
{
    auto rename = [this, setId](const QString &name) {
        const auto renamed = m_store.sets().rename(setId, name);
        return renamed ? true : report(renamed.error().message);
    };
    push(
        tr("Rename set \"%1\"").arg(oldName), [=] { return rename(newName); },
        [=] { return rename(oldName); });
}

// The set comes back with a new id, its description and its members in order.
void LibraryOperations::removeSet(qint64 setId)
{
    auto id = std::make_shared<qint64>(setId);
    auto kept = std::make_shared<EventSet>();
    auto members = std::make_shared<QList<qint64>>();
    auto redo = [this, id, kept, members] {
        const auto set = m_store.sets().set(*id);
        const auto ids = m_store.sets().members(*id);
        if (!set || !ids)
            return report(set ? ids.error().message : set.error().message);
        *kept = set.value();
        *members = ids.value();
        return bool(m_store.sets().remove(*id));
    };
    auto undo = [this, id, kept, members] {
        const auto created = m_store.sets().create(kept->name, kept->description);
        if (!created)
            return report(created.error().message);
        m_lastSet = *id = created.value();
        return bool(m_store.sets().appendMembers(*id, *members));
    };
    push(tr("Remove set"), redo, undo);
}
