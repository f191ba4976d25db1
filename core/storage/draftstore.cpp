#include "core/storage/draftstore.h"

#include "core/common/clock.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

#include <QStringList>

namespace {

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const qint64 id = part.toLongLong(); id > 0)
            ids << id;
    return ids;
}

} // namespace

Result<qint64> DraftStore::write(const StoredDraft &draft)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    if (draft.id == 0)
        return insert(draft);
    ES_TRY(update(draft));
    return draft.id;
}

Result<qint64> DraftStore::insert(const StoredDraft &d)
{
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO drafts (position, event_id, name, family, text, dirty,"
                       " cursor, send_ids, is_current, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.position, StoreSql::idOrNull(d.eventId), StoreSql::notNull(d.name),
            StoreSql::notNull(d.family), StoreSql::notNull(d.text), d.dirty ? 1 : 0, d.cursor,
            joinIds(d.sendIds), d.current ? 1 : 0, StoreSql::toMs(m_db.clock().now())}));
    return query.lastInsertId().toLongLong();
}

Result<> DraftStore::update(const StoredDraft &d)
{
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("UPDATE drafts SET event_id = ?, name = ?, family = ?, text = ?,"
                       " dirty = ?, cursor = ?, send_ids = ?, updated_at = ? WHERE id = ?"),
        {StoreSql::idOrNull(d.eventId), StoreSql::notNull(d.name), StoreSql::notNull(d.family),
            StoreSql::notNull(d.text), d.dirty ? 1 : 0, d.cursor, joinIds(d.sendIds),
            StoreSql::toMs(m_db.clock().now()), d.id}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("draft"), d.id);
    return {};
}

Result<> DraftStore::remove(qint64 id)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    return StoreSql::run(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id});
}

Result<QList<StoredDraft>> DraftStore::list() const
{
    auto selected = StoreSql::select(m_db.db(),
        QStringLiteral("SELECT id, event_id, name, family, text, dirty, cursor, send_ids,"
                       " position, is_current FROM drafts ORDER BY position, id"));
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<StoredDraft> drafts;
    while (query.next()) {
        StoredDraft d;
        d.id = query.value(0).toLongLong();
        d.eventId = query.value(1).toLongLong();
        d.name = query.value(2).toString();
        d.family = query.value(3).toString();
        d.text = query.value(4).toString();
        d.dirty = query.value(5).toBool();
        d.cursor = query.value(6).toInt();
        d.sendIds = splitIds(query.value(7).toString());
        d.position = query.value(8).toInt();
        d.current = query.value(9).toBool();
        drafts << d;
    }
    return drafts;
}

Result<> DraftStore::arrange(const QList<qint64> &ids, qint64 currentId)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    return StoreTransaction::run(m_db, [&]() -> Result<> {
        QSqlQuery query(m_db.db());
        ES_TRY(StoreSql::prepare(
            query, QStringLiteral("UPDATE drafts SET position = ?, is_current = ? WHERE id = ?")));
        for (int i = 0; i < ids.size(); ++i) {
            query.addBindValue(i);
            query.addBindValue(ids.at(i) == currentId ? 1 : 0);
            query.addBindValue(ids.at(i));
            ES_TRY(StoreSql::exec(query, QStringLiteral("arrange drafts")));
        }
        return {};
    });
}
