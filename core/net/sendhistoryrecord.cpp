#include "core/net/sendhistoryrecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SendHistoryRecord {

namespace {

QString headersJson(const QList<SendResult::Header> &headers)
{
    QJsonObject object;
    for (const auto &header : headers)
        object.insert(QString::fromUtf8(header.first), QString::fromUtf8(header.second));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SendRecord from(const QString &targetName, const SendResult &result)
{
    SendRecord record;
    record.targetName = targetName;
    record.requestUrl = result.url;
    record.requestHeadersJson = headersJson(result.requestHeaders);
    record.requestBody = result.requestBody;
    record.responseStatus = result.status;
    record.responseHeadersJson = headersJson(result.responseHeaders);
    record.responseBody = result.responseBody;
    record.responseTruncated = result.bodyTruncated;
    record.connectMs = result.connectStartMs;
    record.firstByteMs = result.firstByteMs;
    record.totalMs = result.totalMs;
    record.error = result.transportOk()
        ? QString()
        : SendResult::errorKindName(result.errorKind) + QStringLiteral(": ") + result.errorMessage;
    return record;
}

} // namespace SendHistoryRecord
