#pragma once

#include "core/common/result.h"
#include "core/storage/storeddraft.h"

#include <QList>

class StoreDatabase;

// The composer's open tabs (see StoredDraft). Writes are small and frequent: one draft's text
// after typing pauses, the order and the current tab when tabs move.
class DraftStore final
{
public:
    explicit DraftStore(StoreDatabase &db)
        : m_db(db)
    { }

    // Inserts a draft with id 0, updates one with an id; returns the id.
    Result<qint64> write(const StoredDraft &draft);
    Result<> remove(qint64 id);
    // In tab order.
    Result<QList<StoredDraft>> list() const;
    // Tab order is the order of `ids`; `currentId` is the tab in front.
    Result<> arrange(const QList<qint64> &ids, qint64 currentId);

private:
    Result<qint64> insert(const StoredDraft &draft);
    Result<> update(const StoredDraft &draft);

    StoreDatabase &m_db;
};
