#pragma once

#include "core/validation/finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

enum class ReceiverFault { None, Dropped, ServerError, RateLimited };

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the local receiver saw and answered it; what the inbox keeps and the GUI shows.
// Secrets are already redacted (api_key header and query value are "***").
struct ReceivedRequest
{
    qint64 sequence = 0; // 1, 2, ... since the receiver was created
    QString requestId; // the requestId of the answer; empty when the connection was dropped
    QDateTime receivedAt;
    QString method;
    QString path; // path and query as received, api_key redacted
    QString family;
    QString subType;
    HeaderList headers;
    QByteArray body; // empty when over the body limit (bodySize says how large it was)
    qint64 bodySize = 0;
    int status = 0; // 0: no answer (dropped connection)
    QByteArray responseBody;
    Findings findings;
    bool duplicate = false;
    QString firstRequestId; // of a duplicate: the request that first carried its dedup ID
    QString dedupId;
    ReceiverFault fault = ReceiverFault::None;
    int injectedDelayMs = 0;
    qint64 latencyMs = 0; // arrival to answer, injected delay included

    bool accepted() const { return status == 200 && !duplicate; }
    QJsonObject toJson() const;
    static QString faultName(ReceiverFault fault);
};

Q_DECLARE_METATYPE(ReceivedRequest)
