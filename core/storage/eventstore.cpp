#include "core/storage/eventstore.h"

#include "core/common/systemclock.h"
#include "core/storage/ftsquery.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

namespace {

const QString selectColumns
    = QStringLiteral("SELECT e.id, e.family, e.sub_type, e.name, e.payload, e.dedup_id, e.validity,"
                     " e.created_at, e.updated_at FROM events e");

// The same columns with an empty payload: listings that show no payload never read one (a 200 MB
// event costs nothing to list).
const QString selectSummaryColumns
    = QStringLiteral("SELECT e.id, e.family, e.sub_type, e.name, '', e.dedup_id, e.validity,"
                     " e.created_at, e.updated_at FROM events e");

const QString &columnsFor(EventStore::Columns columns)
{
    return columns == EventStore::Columns::All ? selectColumns : selectSummaryColumns;
}

const QString insertSql = QStringLiteral(
    "INSERT INTO events (family, sub_type, name, payload, dedup_id, validity, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

StoredEvent readEvent(const QSqlQuery &query)
{
    StoredEvent event;
    event.id = query.value(0).toLongLong();
    event.family = query.value(1).toString();
    event.subType = query.value(2).toString();
    event.name = query.value(3).toString();
    event.payload = query.value(4).toString();
    event.dedupId = query.value(5).toString();
    event.validity = static_cast<EventValidity>(query.value(6).toInt());
    event.createdAt = StoreSql::fromMs(query.value(7));
    event.updatedAt = StoreSql::fromMs(query.value(8));
    return event;
}

// Appends the filter's conditions to `where` and their values to `values`.
void addFilter(
    const EventFilter &filter, QStringList &where, QVariantList &values, const QString &prefix)
{
    if (!filter.family.isEmpty()) {
        where << prefix + QStringLiteral("family = ?");
        values << filter.family;
    }
    if (!filter.subType.isEmpty()) {
        where << prefix + QStringLiteral("sub_type = ?");
        values << filter.subType;
    }
    if (filter.validity) {
        where << prefix + QStringLiteral("validity = ?");
        values << static_cast<int>(*filter.validity);
    }
}

} // namespace

EventStore::EventStore(const Clock *clock)
    : m_db(clock ? *clock : SystemClock::instance())
{ }

Result<> EventStore::open(const QString &path)
{
    close();
    auto opened = m_db.connect(path);
    if (opened) {
        SchemaMigrator migrator(m_db);
        opened = migrator.prepare(path);
    }
    if (opened)
        opened = m_db.configure();
    if (!opened)
        close();
    return opened;
}

void EventStore::close()
{
    m_db.close();
}

Result<> EventStore::checkEvent(const StoredEvent &event)
{
    if (event.family.isEmpty())
        return Error {StoreErrors::InvalidEvent, tr("An event needs a family to be saved.")};
    return {};
}

Result<> EventStore::bindAndInsert(QSqlQuery &query, const StoredEvent &event) const
{
    ES_TRY(checkEvent(event));
    const QVariant now = StoreSql::toMs(m_db.clock().now());
    const QVariant created = event.createdAt.isValid() ? StoreSql::toMs(event.createdAt) : now;
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    query.bindValue(0, event.family);
    query.bindValue(1, text(event.subType));
    query.bindValue(2, text(event.name));
    query.bindValue(3, text(event.payload));
    query.bindValue(4, text(event.dedupId));
    query.bindValue(5, static_cast<int>(event.validity));
    query.bindValue(6, created);
    query.bindValue(7, event.updatedAt.isValid() ? StoreSql::toMs(event.updatedAt) : created);
    return StoreSql::exec(query, QStringLiteral("Saving an event"));
}

Result<qint64> EventStore::insertEvent(const StoredEvent &event)
{
    auto ids = bulkInsert({event});
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

Result<QList<qint64>> EventStore::bulkInsert(const QList<StoredEvent> &batch)
{
    if (!isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto ids = insertRows(batch);
    if (!ids)
        return ids.error();
    ES_TRY(transaction.commit());
    return ids;
}

Result<QList<qint64>> EventStore::insertIntoTransaction(const QList<StoredEvent> &batch)
{
    if (!isOpen())
        return StoreSql::notOpen();
    if (m_db.transactionDepth() == 0)
        return Error {StoreErrors::NoTransaction,
            tr("Bulk rows without a savepoint need the caller's transaction.")};
    return insertRows(batch);
}

Result<QList<qint64>> EventStore::insertRows(const QList<StoredEvent> &batch)
{
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::prepare(query, insertSql));
    QList<qint64> ids;
    ids.reserve(batch.size());
    for (const StoredEvent &event : batch) {
        ES_TRY(bindAndInsert(query, event));
        ids << query.lastInsertId().toLongLong();
    }
    query.finish();
    return ids;
}

Result<> EventStore::tuneForBulkWrite(int cacheMiB)
{
    if (!isOpen())
        return StoreSql::notOpen();
    // Each row's insert fires triggers inside the open transaction, so SQLite keeps a statement
    // journal of the pages it touches; once it has spilled to a temporary file every row costs
    // several page writes there. In memory it costs a few pages of RAM per statement.
    // PRAGMA takes no bound parameters; the value is an integer (negative: KiB, not pages).
    QSqlQuery query(m_db.db());
    for (const QString &pragma : {QStringLiteral("PRAGMA temp_store = MEMORY"),
             QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMiB) * 1024)}) {
        ES_TRY(StoreSql::run(query, pragma));
    }
    return {};
}

Result<> EventStore::updateEvent(const StoredEvent &event)
{
    if (!isOpen())
        return StoreSql::notOpen();
    ES_TRY(checkEvent(event));
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("UPDATE events SET family = ?, sub_type = ?, name = ?, payload = ?,"
                       " dedup_id = ?, validity = ?, updated_at = ? WHERE id = ?"),
        {event.family, event.subType, event.name, event.payload, event.dedupId,
            static_cast<int>(event.validity), StoreSql::toMs(m_db.clock().now()), event.id}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("event"), event.id);
    return {};
}

Result<StoredEvent> EventStore::event(qint64 id) const
{
    auto events = selectEvents(selectColumns + QStringLiteral(" WHERE e.id = ?"), {id});
    if (!events)
        return events.error();
    if (events.value().isEmpty())
        return StoreSql::notFound(QStringLiteral("event"), id);
    return events.value().constFirst();
}

Result<> EventStore::deleteEvent(qint64 id)
{
    if (!isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    auto removed = sets().removeEventEverywhere(id);
    if (!removed)
        return removed.error();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query, QStringLiteral("DELETE FROM events WHERE id = ?"), {id}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("event"), id);
    ES_TRY(transaction.commit());
    return {};
}

Result<QList<StoredEvent>> EventStore::pageAfter(
    qint64 lastId, int limit, const EventFilter &filter, Columns columns) const
{
    QStringList where {QStringLiteral("e.id > ?")};
    QVariantList values {lastId};
    addFilter(filter, where, values, QStringLiteral("e."));
    values << limit;
    return selectEvents(columnsFor(columns) + QStringLiteral(" WHERE ")
            + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY e.id LIMIT ?"),
        values);
}

Result<QList<StoredEvent>> EventStore::memberPage(qint64 setId, int from, int limit) const
{
    return selectEvents(selectColumns
            + QStringLiteral(" JOIN set_members m ON m.event_id = e.id"
                             " WHERE m.set_id = ? AND m.position >= ?"
                             " ORDER BY m.position LIMIT ?"),
        {setId, from, limit});
}

Result<qint64> EventStore::count(const EventFilter &filter) const
{
    if (!isOpen())
        return StoreSql::notOpen();
    QStringList where {QStringLiteral("1")};
    QVariantList values;
    addFilter(filter, where, values, QString());
    auto total = StoreSql::scalar(m_db.db(),
        QStringLiteral("SELECT coalesce(sum(n), 0) FROM event_counts"
                       " WHERE ")
            + where.join(QStringLiteral(" AND ")),
        values);
    if (!total)
        return total.error();
    return total.value().toLongLong();
}

Result<qint64> EventStore::searchCount(const QString &text, const EventFilter &filter) const
{
    if (!isOpen())
        return StoreSql::notOpen();
    const QString match = FtsQuery::fromUserText(text);
    if (match.isEmpty())
        return qint64(0);
    QStringList where {QStringLiteral("f.events_fts MATCH ?")};
    QVariantList values {match};
    addFilter(filter, where, values, QStringLiteral("e."));
    auto total = StoreSql::scalar(m_db.db(),
        QStringLiteral("SELECT count(*) FROM events e JOIN events_fts f ON f.rowid = e.id WHERE ")
            + where.join(QStringLiteral(" AND ")),
        values);
    if (!total)
        return total.error();
    return total.value().toLongLong();
}

Result<QList<StoredEvent>> EventStore::search(
    const QString &text, qint64 afterId, int limit, Columns columns) const
{
    const QString match = FtsQuery::fromUserText(text);
    if (match.isEmpty())
        return QList<StoredEvent>();
    return selectEvents(columnsFor(columns)
            + QStringLiteral(" JOIN events_fts f ON f.rowid = e.id"
                             " WHERE f.events_fts MATCH ? AND f.rowid > ?"
                             " ORDER BY f.rowid LIMIT ?"),
        {match, afterId, limit});
}

Result<QList<StoredEvent>> EventStore::findByDedupId(const QString &dedupId) const
{
    if (dedupId.isEmpty())
        return QList<StoredEvent>();
    return selectEvents(selectColumns
            + QStringLiteral(" WHERE e.dedup_id = ? AND e.dedup_id <> ''"
                             " ORDER BY e.id"),
        {dedupId});
}

Result<QList<StoredEvent>> EventStore::selectEvents(
    const QString &sql, const QVariantList &values) const
{
    auto selected = StoreSql::select(m_db.db(), sql, values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<StoredEvent> events;
    while (query.next())
        events << readEvent(query);
    if (query.lastError().isValid())
        return StoreSql::errorFrom(query.lastError(), QStringLiteral("Reading events"));
    return events;
}
