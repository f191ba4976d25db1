#include "core/storage/setstore.h"

#include "core/common/clock.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

namespace {

// Positions are moved out of the way by this offset so the (set_id, position) key never
// collides halfway through an UPDATE; sets stay far smaller.
constexpr qint64 ShiftOffset = 1000000000;
constexpr qint64 ParkedPosition = 2 * ShiftOffset;

Error positionError(int position, int count)
{
    return Error {StoreErrors::InvalidPosition,
        QCoreApplication::translate(
            "SetStore", "Position %1 is outside the set (it has %2 events).")
            .arg(position)
            .arg(count)};
}

} // namespace

Result<qint64> SetStore::create(const QString &name, const QString &description)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    if (name.trimmed().isEmpty())
        return Error {StoreErrors::InvalidName, tr("A set needs a name.")};
    const QVariant now = StoreSql::toMs(m_db.clock().now());
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO sets (name, description, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?)"),
        {name, description, now, now}));
    return query.lastInsertId().toLongLong();
}

Result<> SetStore::rename(qint64 setId, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error {StoreErrors::InvalidName, tr("A set needs a name.")};
    return updateSet(setId, QStringLiteral("name"), name);
}

Result<> SetStore::setDescription(qint64 setId, const QString &description)
{
    return updateSet(setId, QStringLiteral("description"), description);
}

Result<> SetStore::updateSet(qint64 setId, const QString &column, const QString &value)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("UPDATE sets SET %1 = ?, updated_at = ? WHERE id = ?").arg(column),
        {value, StoreSql::toMs(m_db.clock().now()), setId}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("set"), setId);
    return {};
}

Result<> SetStore::remove(qint64 setId)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query, QStringLiteral("DELETE FROM sets WHERE id = ?"), {setId}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("set"), setId);
    return {};
}

Result<EventSet> SetStore::set(qint64 setId) const
{
    auto sets = selectSets(QStringLiteral("WHERE s.id = ?"), {setId});
    if (!sets)
        return sets.error();
    if (sets.value().isEmpty())
        return StoreSql::notFound(QStringLiteral("set"), setId);
    return sets.value().constFirst();
}

Result<EventSet> SetStore::byName(const QString &name) const
{
    auto sets = selectSets(QStringLiteral("WHERE s.name = ?"), {name});
    if (!sets)
        return sets.error();
    if (sets.value().isEmpty())
        return Error {StoreErrors::NotFound, tr("No set named \"%1\" in the store.").arg(name)};
    return sets.value().constFirst();
}

Result<QList<EventSet>> SetStore::list() const
{
    return selectSets(QString(), {});
}

Result<QList<EventSet>> SetStore::setsOf(qint64 eventId) const
{
    return selectSets(QStringLiteral("WHERE s.id IN (SELECT set_id FROM set_members"
                                     " WHERE event_id = ?)"),
        {eventId});
}

Result<QList<EventSet>> SetStore::selectSets(const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral(
        "SELECT s.id, s.name, s.description, s.created_at, s.updated_at,"
        " (SELECT count(*) FROM set_members m WHERE m.set_id = s.id) FROM sets s %1"
        " ORDER BY s.name COLLATE NOCASE, s.id");
    auto selected = StoreSql::select(m_db.db(), sql.arg(where), values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<EventSet> sets;
    while (query.next()) {
        EventSet set;
        set.id = query.value(0).toLongLong();
        set.name = query.value(1).toString();
        set.description = query.value(2).toString();
        set.createdAt = StoreSql::fromMs(query.value(3));
        set.updatedAt = StoreSql::fromMs(query.value(4));
        set.memberCount = query.value(5).toLongLong();
        sets << set;
    }
    return sets;
}

Result<QList<qint64>> SetStore::members(qint64 setId, int from, int limit) const
{
    auto selected = StoreSql::select(m_db.db(),
        QStringLiteral("SELECT event_id FROM set_members WHERE set_id = ?"
                       " AND position >= ? ORDER BY position LIMIT ?"),
        {setId, from, limit});
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<int> SetStore::memberCount(qint64 setId) const
{
    auto exists = StoreSql::scalar(
        m_db.db(), QStringLiteral("SELECT count(*) FROM sets WHERE id = ?"), {setId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return StoreSql::notFound(QStringLiteral("set"), setId);
    auto count = StoreSql::scalar(
        m_db.db(), QStringLiteral("SELECT count(*) FROM set_members WHERE set_id = ?"), {setId});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<int> SetStore::addMember(qint64 setId, qint64 eventId, int position)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto count = memberCount(setId);
    if (!count)
        return count.error();
    const int at = position < 0 || position > count.value() ? count.value() : position;
    ES_TRY(shift(setId, at, count.value() - 1, 1));
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO set_members (set_id, position,"
                       " event_id) VALUES (?, ?, ?)"),
        {setId, at, eventId}));
    ES_TRY(touch(setId));
    ES_TRY(transaction.commit());
    return at;
}

Result<> SetStore::appendMembers(qint64 setId, const QList<qint64> &eventIds)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto count = memberCount(setId);
    if (!count)
        return count.error();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::prepare(query,
        QStringLiteral("INSERT INTO set_members (set_id, position,"
                       " event_id) VALUES (?, ?, ?)")));
    int position = count.value();
    for (qint64 eventId : eventIds) {
        query.bindValue(0, setId);
        query.bindValue(1, position++);
        query.bindValue(2, eventId);
        ES_TRY(StoreSql::exec(query, QStringLiteral("Adding an event to a set")));
    }
    ES_TRY(touch(setId));
    ES_TRY(transaction.commit());
    return {};
}

Result<> SetStore::removeMember(qint64 setId, int position)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto count = memberCount(setId);
    if (!count)
        return count.error();
    if (position < 0 || position >= count.value())
        return positionError(position, count.value());
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("DELETE FROM set_members WHERE set_id = ?"
                       " AND position = ?"),
        {setId, position}));
    ES_TRY(shift(setId, position + 1, count.value() - 1, -1));
    ES_TRY(touch(setId));
    ES_TRY(transaction.commit());
    return {};
}

Result<> SetStore::moveMember(qint64 setId, int from, int to)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto count = memberCount(setId);
    if (!count)
        return count.error();
    for (int position : {from, to}) {
        if (position < 0 || position >= count.value())
            return positionError(position, count.value());
    }
    if (from != to) {
        ES_TRY(shift(setId, from, from, ParkedPosition - from));
        ES_TRY(from < to ? shift(setId, from + 1, to, -1) : shift(setId, to, from - 1, 1));
        ES_TRY(shift(setId, ParkedPosition, ParkedPosition, to - ParkedPosition));
        ES_TRY(touch(setId));
    }
    ES_TRY(transaction.commit());
    return {};
}

Result<> SetStore::removeEventEverywhere(qint64 eventId)
{
    // Highest position first, so earlier positions of the same set stay valid.
    auto selected = StoreSql::select(m_db.db(),
        QStringLiteral("SELECT set_id, position FROM set_members"
                       " WHERE event_id = ? ORDER BY position DESC"),
        {eventId});
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<QPair<qint64, int>> places;
    while (query.next())
        places << qMakePair(query.value(0).toLongLong(), query.value(1).toInt());
    query.finish();
    return StoreTransaction::run(m_db, [&]() -> Result<> {
        for (const auto &place : places)
            ES_TRY(removeMember(place.first, place.second));
        return {};
    });
}

Result<> SetStore::shift(qint64 setId, qint64 first, qint64 last, qint64 delta)
{
    if (first > last || delta == 0)
        return {};
    QSqlQuery query(m_db.db());
    const QString sql = QStringLiteral("UPDATE set_members SET position = position + ?"
                                       " WHERE set_id = ? AND position BETWEEN ? AND ?");
    ES_TRY(StoreSql::run(query, sql, {ShiftOffset, setId, first, last}));
    return StoreSql::run(
        query, sql, {delta - ShiftOffset, setId, first + ShiftOffset, last + ShiftOffset});
}

Result<> SetStore::touch(qint64 setId)
{
    QSqlQuery query(m_db.db());
    return StoreSql::run(query, QStringLiteral("UPDATE sets SET updated_at = ? WHERE id = ?"),
        {StoreSql::toMs(m_db.clock().now()), setId});
}
