#pragma once

#include "core/common/result.h"
#include "core/storage/sendrecord.h"

#include <QList>

class StoreDatabase;

// The send history: every request as sent (secrets redacted) with its response and timings.
// As a last line of defence it redacts an api_key header or query parameter the sender missed
// and cuts response bodies to 1 MB, setting the truncated flag.
class HistoryStore final
{
public:
    static inline const QString Redacted = QStringLiteral("[redacted]");

    explicit HistoryStore(StoreDatabase &db)
        : m_db(db)
    { }

    Result<qint64> append(const SendRecord &record);
    Result<SendRecord> record(qint64 id) const;
    // Newest first.
    Result<QList<SendRecord>> forEvent(qint64 eventId, int limit = 100) const;
    // Newest first, ids below `beforeId` (0: from the newest), for paging back in time.
    Result<QList<SendRecord>> recent(qint64 beforeId, int limit) const;

    // The sends of a new event, made before it was saved, join the event it became.
    Result<> attachToEvent(const QList<qint64> &recordIds, qint64 eventId);

    static SendRecord redacted(SendRecord record);

private:
    Result<QList<SendRecord>> select(const QString &where, const QVariantList &values) const;

    StoreDatabase &m_db;
};
