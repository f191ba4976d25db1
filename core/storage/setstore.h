#pragma once

#include "core/common/result.h"
#include "core/storage/eventset.h"

#include <QCoreApplication>
#include <QList>

class StoreDatabase;

// Named sets of saved events and their order. Positions are 0..n-1 and stay contiguous through
// adds, removes, moves and event deletions; an event may appear in several sets.
class SetStore final
{
public:
    explicit SetStore(StoreDatabase &db)
        : m_db(db)
    { }

    Result<qint64> create(const QString &name, const QString &description = {});
    Result<> rename(qint64 setId, const QString &name);
    Result<> setDescription(qint64 setId, const QString &description);
    Result<> remove(qint64 setId);
    Result<EventSet> set(qint64 setId) const;
    Result<EventSet> byName(const QString &name) const;
    Result<QList<EventSet>> list() const;
    // The sets that contain `eventId`, by name.
    Result<QList<EventSet>> setsOf(qint64 eventId) const;

    // Event ids in position order, from position `from`, at most `limit` (-1: all).
    Result<QList<qint64>> members(qint64 setId, int from = 0, int limit = -1) const;
    // Inserts at `position` (-1 or past the end: appends); returns the position used.
    Result<int> addMember(qint64 setId, qint64 eventId, int position = -1);
    Result<> appendMembers(qint64 setId, const QList<qint64> &eventIds);
    Result<> removeMember(qint64 setId, int position);
    Result<> moveMember(qint64 setId, int from, int to);
    // Takes `eventId` out of every set; used before an event is deleted.
    Result<> removeEventEverywhere(qint64 eventId);

private:
    Result<QList<EventSet>> selectSets(const QString &where, const QVariantList &values) const;
    Result<> updateSet(qint64 setId, const QString &column, const QString &value);
    Result<int> memberCount(qint64 setId) const;
    Result<> shift(qint64 setId, qint64 first, qint64 last, qint64 delta);
    Result<> touch(qint64 setId);

    StoreDatabase &m_db;

    Q_DECLARE_TR_FUNCTIONS(SetStore)
};
