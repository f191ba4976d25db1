#pragma once

#include "ui/library/reorderplan.h"

#include <QList>
#include <QObject>

#include <functional>

class EventStore;
class QUndoStack;

// Every change the library page makes to the store, each one an undoable command on the page's
// undo stack: delete, rename, duplicate, reorder, add to and remove from a set, new and removed
// sets. After each step (do or undo) `changed` tells the page to refresh.
class LibraryOperations final : public QObject
{
    Q_OBJECT

public:
    // Moves a member in a view's model as well as in the store; false when it did not.
    using Mover = std::function<bool(qint64 setId, int from, int to)>;

    LibraryOperations(EventStore &store, QUndoStack &undo, QObject *parent = nullptr);
    void setMover(Mover mover) { m_mover = std::move(mover); }

    void deleteEvents(const QList<qint64> &eventIds);
    void renameEvent(qint64 eventId, const QString &oldName, const QString &newName);
    void duplicateEvents(const QList<qint64> &eventIds, qint64 intoSetId);
    void moveMember(qint64 setId, int from, int to);
    void reorder(qint64 setId, const QList<ReorderPlan::Move> &moves, int rows);
    void addToSet(qint64 setId, const QList<qint64> &eventIds);
    // `positions` in the set; removed from the highest down so the others keep their meaning.
    void removeFromSet(qint64 setId, QList<int> positions);
    void createSet(const QString &name);
    void renameSet(qint64 setId, const QString &oldName, const QString &newName);
    void removeSet(qint64 setId);

signals:
    // After every do and undo; `setId` is a set that was created or restored, else 0.
    void changed(qint64 setId);
    // After a reorder, which the model has already shown.
    void moved(qint64 setId);
    void failed(const QString &message);

private:
    bool report(const QString &error);
    void push(const QString &text, std::function<bool()> redo, std::function<bool()> undo);
    bool move(qint64 setId, int from, int to);

    EventStore &m_store;
    QUndoStack &m_undo;
    Mover m_mover;
    qint64 m_lastSet = 0;
};
