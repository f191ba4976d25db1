#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One request sent to a target and what came back, with secrets already redacted.
struct SendRecord
{
    static constexpr qint64 MaxResponseBodyBytes = 1024 * 1024;

    qint64 id = 0;
    qint64 eventId = 0; // 0 when the request was not made from a saved event
    QString targetName;
    QString requestUrl;
    QString requestHeadersJson = QStringLiteral("{}");
    QByteArray requestBody;
    int responseStatus = 0; // 0 when no response arrived
    QString responseHeadersJson = QStringLiteral("{}");
    QByteArray responseBody; // cut to MaxResponseBodyBytes by the store
    bool responseTruncated = false;
    qint64 dnsMs = -1; // -1 when not measured
    qint64 connectMs = -1;
    qint64 firstByteMs = -1;
    qint64 totalMs = -1;
    QString error;
    QDateTime sentAt; // set by the store when invalid
};
