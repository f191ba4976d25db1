#pragma once

#include "core/storage/runattempt.h"

#include <QDateTime>
#include <QString>

// Intent is written before a request leaves, Sent once it has left, Done with the final outcome;
// after a crash, Intent and Sent rows tell the replay what may have reached the target.
enum class RunResultState { Intent, Sent, Done };

// The outcome of one event of a replay run, at its position in the set.
// Every member has a default, so {a, b} may name only the leading ones.
struct RunResult
{
    qint64 runId = 0;
    int position = 0;
    qint64 eventId = 0; // 0 when the event was deleted since
    RunResultState state = RunResultState::Intent;
    int attempts = 0;
    int finalStatus = 0; // HTTP status of the last attempt, 0 when none
    QString responseSummary {};
    qint64 latencyMs = -1;
    bool passed = false;
    QString failureReason {};
    QDateTime updatedAt {};
    bool skipped = false; // not sent (invalid, dry run); never passed
    // The last exchange as sent and answered: secrets redacted, bodies at most 1 MB each.
    QString requestUrl {};
    QString requestHeadersJson = QStringLiteral("{}");
    QByteArray requestBody {};
    QString responseHeadersJson = QStringLiteral("{}");
    QByteArray responseBody {};
    bool bodiesTruncated = false;
    // Every attempt of the event in order, the last one included (none when not sent).
    QList<RunAttempt> attemptLog {};
};
