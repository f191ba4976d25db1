#include "core/storage/historystore.h"

#include "core/common/clock.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString secretName = QStringLiteral("api_key");

QString redactUrl(const QString &text)
{
    QUrl url(text);
    QUrlQuery query(url);
    if (!query.hasQueryItem(secretName))
        return text;
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (item.first == secretName)
            item.second = HistoryStore::Redacted;
    }
    query.setQueryItems(items);
    url.setQuery(query);
    return url.toString();
}

QString redactHeaders(const QString &json)
{
    QJsonObject headers = QJsonDocument::fromJson(json.toUtf8()).object();
    bool changed = false;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const bool secret = it.key().compare(secretName, Qt::CaseInsensitive) == 0
            || it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
        if (secret && it.value().toString() != HistoryStore::Redacted) {
            it.value() = HistoryStore::Redacted;
            changed = true;
        }
    }
    return changed ? QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact))
                   : json;
}

} // namespace

SendRecord HistoryStore::redacted(SendRecord record)
{
    record.requestUrl = redactUrl(record.requestUrl);
    record.requestHeadersJson = redactHeaders(record.requestHeadersJson);
    if (record.responseBody.size() > SendRecord::MaxResponseBodyBytes) {
        record.responseBody.truncate(SendRecord::MaxResponseBodyBytes);
        record.responseTruncated = true;
    }
    return record;
}

Result<qint64> HistoryStore::append(const SendRecord &input)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    const SendRecord r = redacted(input);
    const QDateTime sentAt = r.sentAt.isValid() ? r.sentAt : m_db.clock().now();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO send_history (event_id, target_name, request_url,"
                       " request_headers, request_body, response_status, response_headers,"
                       " response_body, response_truncated, dns_ms, connect_ms,"
                       " first_byte_ms, total_ms, error, sent_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {StoreSql::idOrNull(r.eventId), r.targetName, r.requestUrl, r.requestHeadersJson,
            r.requestBody, r.responseStatus > 0 ? QVariant(r.responseStatus) : QVariant(),
            r.responseHeadersJson, r.responseBody, r.responseTruncated ? 1 : 0,
            StoreSql::msOrNull(r.dnsMs), StoreSql::msOrNull(r.connectMs),
            StoreSql::msOrNull(r.firstByteMs), StoreSql::msOrNull(r.totalMs), r.error,
            StoreSql::toMs(sentAt)}));
    return query.lastInsertId().toLongLong();
}

Result<> HistoryStore::attachToEvent(const QList<qint64> &recordIds, qint64 eventId)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    return StoreTransaction::run(m_db, [&]() -> Result<> {
        QSqlQuery query(m_db.db());
        ES_TRY(StoreSql::prepare(query,
            QStringLiteral(
                "UPDATE send_history SET event_id = ? WHERE id = ? AND event_id IS NULL")));
        for (qint64 id : recordIds) {
            query.addBindValue(eventId);
            query.addBindValue(id);
            ES_TRY(StoreSql::exec(query, QStringLiteral("attach sends")));
        }
        return {};
    });
}

Result<SendRecord> HistoryStore::record(qint64 id) const
{
    auto records = select(QStringLiteral("WHERE id = ?"), {id});
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return StoreSql::notFound(QStringLiteral("history record"), id);
    return records.value().constFirst();
}

Result<QList<SendRecord>> HistoryStore::forEvent(qint64 eventId, int limit) const
{
    return select(QStringLiteral("WHERE event_id = ? ORDER BY id DESC LIMIT ?"), {eventId, limit});
}

Result<QList<SendRecord>> HistoryStore::recent(qint64 beforeId, int limit) const
{
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    return select(QStringLiteral("WHERE id < ? ORDER BY id DESC LIMIT ?"), {before, limit});
}

Result<QList<SendRecord>> HistoryStore::select(
    const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral(
        "SELECT id, event_id, target_name, request_url, request_headers, request_body,"
        " response_status, response_headers, response_body, response_truncated, dns_ms,"
        " connect_ms, first_byte_ms, total_ms, error, sent_at FROM send_history %1");
    auto selected = StoreSql::select(m_db.db(), sql.arg(where), values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    const auto ms = [&query](int column) {
        return query.isNull(column) ? qint64(-1) : query.value(column).toLongLong();
    };
    QList<SendRecord> records;
    while (query.next()) {
        SendRecord r;
        r.id = query.value(0).toLongLong();
        r.eventId = query.value(1).toLongLong();
        r.targetName = query.value(2).toString();
        r.requestUrl = query.value(3).toString();
        r.requestHeadersJson = query.value(4).toString();
        r.requestBody = query.value(5).toByteArray();
        r.responseStatus = query.value(6).toInt();
        r.responseHeadersJson = query.value(7).toString();
        r.responseBody = query.value(8).toByteArray();
        r.responseTruncated = query.value(9).toBool();
        r.dnsMs = ms(10);
        r.connectMs = ms(11);
        r.firstByteMs = ms(12);
        r.totalMs = ms(13);
        r.error = query.value(14).toString();
        r.sentAt = StoreSql::fromMs(query.value(15));
        records << r;
    }
    return records;
}
