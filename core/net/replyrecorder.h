#pragma once

#include "core/net/redactor.h"
#include "core/net/sendresult.h"

#include <QNetworkReply>

// Copies what a QNetworkReply tells into a SendResult: status, headers, a capped body, the kind
// of failure. Kept apart from Sender so the mapping can be read (and changed) in one place.
class ReplyRecorder final
{
public:
    enum class Stop { None, Cancelled, Deadline, TooLarge };

    // Reads what is available, keeping at most SendResult::MaxBodyBytes.
    static void appendBody(QNetworkReply *reply, SendResult &result, QByteArray &body);
    static void recordResponse(QNetworkReply *reply, SendResult &result, const Redactor &redactor);
    static void recordError(QNetworkReply *reply, Stop stop, const QString &tlsErrors,
        SendResult &result, const Redactor &redactor);
    // Sets the error kind and its message (fixed for deadline, cancel and timeout).
    static void recordFailure(SendResult::ErrorKind kind, const QString &message,
        SendResult &result, const Redactor &redactor);
    static SendResult::ErrorKind classify(QNetworkReply::NetworkError error, int status, Stop stop);
};
