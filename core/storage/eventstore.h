#pragma once

#include "core/common/result.h"
#include "core/storage/draftstore.h"
#include "core/storage/eventfilter.h"
#include "core/storage/historystore.h"
#include "core/storage/runstore.h"
#include "core/storage/setstore.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storedevent.h"
#include "core/storage/targetstore.h"

#include <QCoreApplication>
#include <QList>

class Clock;

// The local store: opens the database file and keeps saved events (CRUD, bulk insert, keyset
// paging, counts, full-text search); sets(), targets(), history(), drafts() and runs() work on the
// same connection. Use one EventStore per thread.
class EventStore final
{
public:
    explicit EventStore(const Clock *clock = nullptr);

    Result<> open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // Applies to the next open(); how long a write waits for another writer.
    void setBusyTimeoutMs(int ms) { m_db.setBusyTimeoutMs(ms); }
    StoreDatabase &database() { return m_db; }
    const StoreDatabase &database() const { return m_db; }

    Result<qint64> insertEvent(const StoredEvent &event);
    Result<> updateEvent(const StoredEvent &event);
    Result<StoredEvent> event(qint64 id) const;
    // Also removes the event from every set (positions stay contiguous); history keeps its rows.
    Result<> deleteEvent(qint64 id);
    // One transaction with one prepared statement; all or nothing. Returns the new ids in order.
    Result<QList<qint64>> bulkInsert(const QList<StoredEvent> &batch);
    // The same rows inside the caller's open transaction, without a savepoint of their own:
    // on an error the caller must roll back. For imports of millions of rows, where a savepoint
    // per batch makes SQLite copy every page the batch touches into a sub-journal first.
    Result<QList<qint64>> insertIntoTransaction(const QList<StoredEvent> &batch);
    // A page cache of `cacheMiB` for this connection during a long bulk write, so index and
    // full-text pages stay in memory instead of spilling to the WAL mid-transaction. Nothing on
    // disk changes meaning: the transaction, WAL and synchronous settings stay as they are.
    Result<> tuneForBulkWrite(int cacheMiB = 128);

    // Summary: every column but the payload, which stays empty (listings).
    enum class Columns { All, Summary };

    // Up to `limit` events with id > lastId in id order (keyset paging: pass the last id seen).
    Result<QList<StoredEvent>> pageAfter(qint64 lastId, int limit, const EventFilter &filter = {},
        Columns columns = Columns::All) const;
    // Up to `limit` events of a set in member order from position `from`, in one query (an
    // export of a large set pages through it instead of reading one event per query).
    Result<QList<StoredEvent>> memberPage(qint64 setId, int from, int limit) const;
    Result<qint64> count(const EventFilter &filter = {}) const;
    // Events whose name or payload contains every word of `text` (user text, safely quoted),
    // with id > afterId in id order.
    Result<QList<StoredEvent>> search(
        const QString &text, qint64 afterId, int limit, Columns columns = Columns::All) const;
    // How many events search() finds for `text`, narrowed by `filter`.
    Result<qint64> searchCount(const QString &text, const EventFilter &filter = {}) const;
    Result<QList<StoredEvent>> findByDedupId(const QString &dedupId) const;

    SetStore sets() { return SetStore(m_db); }
    TargetStore targets() { return TargetStore(m_db); }
    HistoryStore history() { return HistoryStore(m_db); }
    DraftStore drafts() { return DraftStore(m_db); }
    RunStore runs() { return RunStore(m_db); }

private:
    static Result<> checkEvent(const StoredEvent &event);
    Result<> bindAndInsert(QSqlQuery &query, const StoredEvent &event) const;
    Result<QList<qint64>> insertRows(const QList<StoredEvent> &batch);
    Result<QList<StoredEvent>> selectEvents(const QString &sql, const QVariantList &values) const;

    StoreDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(EventStore)
};
