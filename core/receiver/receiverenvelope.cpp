#include "core/receiver/receiverenvelope.h"

#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

QString ReceiverEnvelope::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ReceiverEnvelope::metadata(const QString &requestId, const QDateTime &now)
{
    return QJsonObject {
        {QStringLiteral("requestId"), requestId}, {QStringLiteral("timestamp"), timestamp(now)}};
}

QByteArray ReceiverEnvelope::success(
    const QString &requestId, const QDateTime &now, const Success &success)
{
    // Written by hand: this is the hot path of the receiver, and building it through
    // QJsonObject/QJsonDocument cost ~12 us a request (half the processing). Every value here
    // is an id, a timestamp, a number or a boolean, quote() covers them.
    // The shape of "usage" is undocumented; ours reports how many events were accepted.
    QByteArray body;
    body.reserve(400);
    body += "{\"_metadata\":{\"requestId\":" + quote(requestId)
        + ",\"timestamp\":" + quote(timestamp(now))
        + ",\"usage\":{\"eventsAccepted\":" + QByteArray::number(success.eventsAccepted)
        + "},\"message\":\"Event received\"},\"received\":true,\"connection\":{"
          "\"providerName\":\"eventsmith-local\",\"shouldProcess\":"
        + (success.shouldProcess ? "true" : "false")
        + ",\"connectionMethod\":\"api_key\"},\"additionalData\":{";
    if (success.duplicate)
        body += "\"duplicate\":true,\"firstRequestId\":" + quote(success.firstRequestId);
    body += "}}";
    return body;
}

QString ReceiverEnvelope::timestamp(const QDateTime &now)
{
    // QDateTime::toString(Qt::ISODateWithMs) goes through QString::asprintf and took ~2 us,
    // the largest single cost of an answer; the format is fixed, so print it directly.
    const QDateTime utc = now.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[32];
    const int size = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
        d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text, size);
}

QByteArray ReceiverEnvelope::quote(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (uchar(c) < 0x20) {
            quoted += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return quoted;
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
