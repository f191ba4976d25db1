#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The documented answer of the events endpoint (and its error form), picked out of a body so the
// UI and CLI can show requestId, received, shouldProcess and message prominently.
struct ResponseEnvelope
{
    QString requestId; // _metadata.requestId
    QString timestamp; // _metadata.timestamp
    QString message; // top-level message, else _metadata.message
    QString providerName; // connection.providerName
    std::optional<bool> received;
    std::optional<bool> shouldProcess; // connection.shouldProcess
    std::optional<bool> duplicate; // additionalData.duplicate
    QString firstRequestId; // additionalData: the request that first carried a duplicate

    // Empty when the body is not a JSON object with `_metadata` or `received`.
    static std::optional<ResponseEnvelope> parse(const QByteArray &body);
};
