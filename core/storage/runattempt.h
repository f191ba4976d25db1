#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One attempt at sending a replayed event, kept with the event's final result: when it left,
// what came back (an HTTP status or a transport error), how long it took and how long the replay
// waited before the next attempt. Every member has a default, so {a, b} may name only the
// leading ones.
struct RunAttempt
{
    int number = 0; // 1-based
    QDateTime startedAt {};
    int status = 0; // 0 when no HTTP answer arrived
    QString error {}; // the transport error kind ("timeout", "connection-reset"), or empty
    QString message {}; // the server's or the transport's message, secrets masked
    qint64 latencyMs = -1;
    qint64 retryAfterMs = -1; // what the server asked for with Retry-After; -1 when it did not
    qint64 waitMs = -1; // before the next attempt; -1 after the last one

    bool operator==(const RunAttempt &other) const;
    // One line in plain English for the reports, e.g. "Attempt 1 at 10:00:01.250 UTC: HTTP 429
    // (Retry-After 2000 ms) after 12 ms; waited 2000 ms".
    QString describe() const;
    static QString listToJson(const QList<RunAttempt> &attempts);
    // Tolerates what older files and damaged rows hold: anything not a list gives no attempts.
    static QList<RunAttempt> listFromJson(const QString &json);
};
