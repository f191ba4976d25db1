#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "core/validation/finding.h"

#include <optional>

// Edits a payload's text in place of a parse-and-rewrite, so that everything but the edited
// value stays byte for byte as saved (key order, spacing, number spelling).
class PayloadRewriter final
{
public:
    // The top-level eventTimestamp as an instant; empty when missing or unparsable.
    static std::optional<QDateTime> timestamp(const QByteArray &payload);
    // Moves the top-level eventTimestamp by `shiftMs`, written as UTC with milliseconds.
    // Unchanged when there is no parsable timestamp.
    static QByteArray shiftTimestamp(const QByteArray &payload, qint64 shiftMs);
    // Run-unique eventId: "<eventId>-<suffix>" for an explicit one; otherwise inserts
    // "eventId": "auto-<first 16 hex of the auto dedup ID>-<suffix>" as the first member, so
    // events that collide in the set still collide in the run. crm is left alone: the server
    // dedups it by opportunityId + eventType and ignores eventId.
    static QByteArray freshEventId(const QByteArray &payload, const QString &family,
        const QString &suffix, const QString &autoDedupId);

    // Resolves the template variables of every string value ({{now}}, {{uuid}}, {{seq}}, ...):
    // {{now}} is `now`, {{seq}} is `seq` and the random values come from a generator seeded by
    // `runSeed` and `seq` alone, so the same event of the same run always gets the same bytes,
    // whatever was resolved before it; {{env.NAME}} reads only `allowedEnvironment`. Unknown
    // variables stay as written and become findings.
    static QByteArray resolveTemplates(const QByteArray &payload, qint64 seq, quint64 runSeed,
        const QDateTime &now, const QStringList &allowedEnvironment, Findings *findings);
    static bool hasTemplates(const QByteArray &payload) { return payload.contains("{{"); }

private:
    // [begin, end) of the top-level string member `key` including its quotes; empty when the
    // payload is not an object or has no such string member.
    static std::optional<std::pair<qsizetype, qsizetype>> stringSpan(
        const QByteArray &payload, const char *key);
};
