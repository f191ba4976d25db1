#include "receiverenvelope.h"

#include <QJsonDocument>
#include <QUuid>

QString ReceiverEnvelope::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ReceiverEnvelope::metadata(const QString &requestId, const QDateTime &now)
{
    return QJsonObject {{QStringLiteral("requestId"), requestId},
        {QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODateWithMs)}};
}

QByteArray ReceiverEnvelope::success(
    const QString &requestId, const QDateTime &now, const Success &success)
{
    QJsonObject meta = metadata(requestId, now);
    // The shape of "usage" is undocumented; ours reports how many events were accepted.
    meta.insert(QStringLiteral("usage"),
        QJsonObject {{QStringLiteral("eventsAccepted"), success.eventsAccepted}});
    meta.insert(QStringLiteral("message"), QStringLiteral("Event received"));
    QJsonObject additional;
    if (success.duplicate) {
        additional.insert(QStringLiteral("duplicate"), true);
        additional.insert(QStringLiteral("firstRequestId"), success.firstRequestId);
    }
    const QJsonObject connection {
        {QStringLiteral("providerName"), QStringLiteral("eventsmith-local")},
        {QStringLiteral("shouldProcess"), success.shouldProcess},
        {QStringLiteral("connectionMethod"), QStringLiteral("api_key")}};
    const QJsonObject body {{QStringLiteral("_metadata"), meta}, {QStringLiteral("received"), true},
        {QStringLiteral("connection"), connection}, {QStringLiteral("additionalData"), additional}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray ReceiverEnvelope::error(
    const QString &requestId, const QDateTime &now, const QString &message)
{
    const QJsonObject body {{QStringLiteral("_metadata"), metadata(requestId, now)},
        {QStringLiteral("message"), message}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray ReceiverEnvelope::rejected(const QString &requestId, const QDateTime &now,
    const QString &message, const Findings &findings)
{
    const QJsonObject body {{QStringLiteral("_metadata"), metadata(requestId, now)},
        {QStringLiteral("message"), message}, {QStringLiteral("findings"), findingsJson(findings)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonArray ReceiverEnvelope::findingsJson(const Findings &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        array.append(QJsonObject {{QStringLiteral("severity"), Finding::severityName(f.severity)},
            {QStringLiteral("path"), f.path}, {QStringLiteral("code"), f.code},
            {QStringLiteral("message"), f.message}, {QStringLiteral("line"), f.line},
            {QStringLiteral("column"), f.column}});
    }
    return array;
}
