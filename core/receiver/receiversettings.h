#pragma once

#include "core/receiver/connectionlimits.h"

#include "core/common/result.h"

#include <QString>

#include <optional>

enum class ReceiverMode { Lenient, Strict };

// Faults the receiver injects on purpose so a sender's retry logic can be exercised. Rates are
// fractions of the requests (0..1) taken in the order drop, 500, 429; their sum is capped at 1.
struct FaultSettings
{
    int latencyMinMs = 0; // added before answering; fixed when min == max
    int latencyMaxMs = 0;
    double dropRate = 0.0; // connection closed without an answer
    double serverErrorRate = 0.0; // 500
    double rateLimitRate = 0.0; // 429 with Retry-After
    int retryAfterSeconds = 1;

    bool any() const;
    // "150" (fixed) or "50-200" (random range), milliseconds.
    static Result<std::pair<int, int>> parseLatency(const QString &text);
};

// Everything the local receiver can be told; the CLI `serve` options and the GUI panel map to it.
struct ReceiverSettings
{
    quint16 port = 0; // 0: any free port
    QString apiKey; // empty: no key required
    ReceiverMode mode = ReceiverMode::Lenient;
    qint64 bodyLimit = 10 * 1024 * 1024;
    FaultSettings faults;
    quint32 seed = 1; // seeds the fault draws so a run can be reproduced
    int inboxCapacity = 1000;
    int idleTimeoutMs = ConnectionLimits().idleTimeoutMs;
    int requestTimeoutMs = ConnectionLimits().requestTimeoutMs;
    int maxConnections = 0; // 0: as many as the file descriptor limit leaves room for

    ConnectionLimits connectionLimits() const
    {
        return {bodyLimit, idleTimeoutMs, requestTimeoutMs, maxConnections};
    }

    static QString modeName(ReceiverMode mode);
    static std::optional<ReceiverMode> parseMode(const QString &name);
};
