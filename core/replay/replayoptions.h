#pragma once

#include "core/common/result.h"
#include "core/net/retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// How one replay runs. Stored with the run (toJson) so that a resume after a crash rebuilds the
// very same request bodies: same run suffix for eventIds, same rebase instant for timestamps.
struct ReplayOptions
{
    enum class StopRule { Never, FirstFailure, AfterFailures };
    enum class TimestampPolicy { Keep, Rebase };
    enum class EventIdPolicy { Keep, Fresh };
    enum class InvalidPolicy { Skip, Send };

    int concurrency = 4; // events in progress at once (waits between retries included)
    double ratePerSecond = 0; // requests per second, retries included; 0: unlimited
    int rateBurst = 1; // requests that may leave at once after an idle spell
    RetryPolicy::Settings retry;
    quint64 retrySeed = 0; // seeds the backoff jitter
    StopRule stopRule = StopRule::Never;
    int maxFailures = 1; // for AfterFailures: stop once this many events failed
    TimestampPolicy timestamps = TimestampPolicy::Keep;
    // Rebase: the earliest eventTimestamp of the set becomes this instant; set at start when
    // invalid, then kept for resumes.
    QDateTime rebaseTo;
    EventIdPolicy eventIds = EventIdPolicy::Keep;
    QString runSuffix; // Fresh: appended to eventIds; chosen at start when empty
    // Template variables ({{now}}, {{uuid}}, ...): {{now}} is this instant and each event's
    // random values derive from this seed and its position, so a resume resolves the same bytes.
    // Both chosen at start when unset, then kept for resumes.
    quint64 templateSeed = 0;
    QDateTime templateNow;
    QStringList templateEnvironment; // the variables {{env.NAME}} may read; none by default
    InvalidPolicy invalid = InvalidPolicy::Skip;
    bool dryRun = false;
    int progressIntervalMs = 250;
    QString setDigest; // filled by the engine: refuses to resume a run with another set

    QJsonObject toJson() const;
    static Result<ReplayOptions> fromJson(const QJsonObject &object);
    static QString stopRuleName(StopRule rule);

    Q_DECLARE_TR_FUNCTIONS(ReplayOptions)
};
