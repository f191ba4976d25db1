#pragma once

#include "core/validation/finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The bodies the local receiver answers with, shaped like the real API (spec §1): the success
// envelope, the error envelope `{"_metadata", "message"}` and, in strict mode, findings.
class ReceiverEnvelope final
{
public:
    struct Success
    {
        bool shouldProcess = true;
        bool duplicate = false;
        QString firstRequestId;
        qint64 eventsAccepted = 0; // reported under _metadata.usage
    };

    static QString newRequestId();
    static QByteArray success(
        const QString &requestId, const QDateTime &now, const Success &success);
    static QByteArray error(const QString &requestId, const QDateTime &now, const QString &message);
    static QByteArray rejected(const QString &requestId, const QDateTime &now,
        const QString &message, const Findings &findings);
    static QJsonArray findingsJson(const Findings &findings);
    static QString timestamp(const QDateTime &now); // ISO 8601 UTC with milliseconds

private:
    static QByteArray quote(const QString &text); // a JSON string literal
    static QJsonObject metadata(const QString &requestId, const QDateTime &now);
};
