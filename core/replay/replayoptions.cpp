#include "core/replay/replayoptions.h"

#include "core/replay/replayerrors.h"

#include <QJsonArray>

namespace {

const char *const stopNames[] = {"never", "first-failure", "after-failures"};

template<typename E>
E pick(const QJsonObject &o, const char *key, E fallback, std::initializer_list<const char *> names)
{
    const QString value = o.value(QLatin1String(key)).toString();
    int index = 0;
    for (const char *name : names) {
        if (value == QLatin1String(name))
            return E(index);
        ++index;
    }
    return fallback;
}

QJsonObject retryJson(const RetryPolicy::Settings &s)
{
    return {{QStringLiteral("maxAttempts"), s.maxAttempts},
        {QStringLiteral("baseDelayMs"), s.baseDelayMs},
        {QStringLiteral("multiplier"), s.multiplier}, {QStringLiteral("maxDelayMs"), s.maxDelayMs},
        {QStringLiteral("jitter"), s.jitter},
        {QStringLiteral("maxRetryAfterMs"), s.maxRetryAfterMs}};
}

RetryPolicy::Settings retryFromJson(const QJsonObject &o)
{
    RetryPolicy::Settings s;
    s.maxAttempts = o.value(QStringLiteral("maxAttempts")).toInt(s.maxAttempts);
    s.baseDelayMs = o.value(QStringLiteral("baseDelayMs")).toInteger(s.baseDelayMs);
    s.multiplier = o.value(QStringLiteral("multiplier")).toDouble(s.multiplier);
    s.maxDelayMs = o.value(QStringLiteral("maxDelayMs")).toInteger(s.maxDelayMs);
    s.jitter = o.value(QStringLiteral("jitter")).toDouble(s.jitter);
    s.maxRetryAfterMs = o.value(QStringLiteral("maxRetryAfterMs")).toInteger(s.maxRetryAfterMs);
    return s;
}

} // namespace

QString ReplayOptions::stopRuleName(StopRule rule)
{
    return QLatin1String(stopNames[int(rule)]);
}

QJsonObject ReplayOptions::toJson() const
{
    return {{QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("ratePerSecond"), ratePerSecond}, {QStringLiteral("rateBurst"), rateBurst},
        {QStringLiteral("retry"), retryJson(retry)},
        {QStringLiteral("retrySeed"), QString::number(retrySeed)},
        {QStringLiteral("stopRule"), stopRuleName(stopRule)},
        {QStringLiteral("maxFailures"), maxFailures},
        {QStringLiteral("timestamps"),
            timestamps == TimestampPolicy::Rebase ? QStringLiteral("rebase")
                                                  : QStringLiteral("keep")},
        {QStringLiteral("rebaseTo"), rebaseTo.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("eventIds"),
            eventIds == EventIdPolicy::Fresh ? QStringLiteral("fresh") : QStringLiteral("keep")},
        {QStringLiteral("runSuffix"), runSuffix},
        {QStringLiteral("templateSeed"), QString::number(templateSeed)},
        {QStringLiteral("templateNow"), templateNow.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("templateEnvironment"), QJsonArray::fromStringList(templateEnvironment)},
        {QStringLiteral("invalid"),
            invalid == InvalidPolicy::Send ? QStringLiteral("send") : QStringLiteral("skip")},
        {QStringLiteral("dryRun"), dryRun}, {QStringLiteral("setDigest"), setDigest}};
}

Result<ReplayOptions> ReplayOptions::fromJson(const QJsonObject &o)
{
    ReplayOptions r;
    r.concurrency = o.value(QStringLiteral("concurrency")).toInt(r.concurrency);
    r.ratePerSecond = o.value(QStringLiteral("ratePerSecond")).toDouble(0);
    r.rateBurst = o.value(QStringLiteral("rateBurst")).toInt(r.rateBurst);
    r.retry = retryFromJson(o.value(QStringLiteral("retry")).toObject());
    r.retrySeed = o.value(QStringLiteral("retrySeed")).toString().toULongLong();
    r.stopRule = pick(o, "stopRule", StopRule::Never, {stopNames[0], stopNames[1], stopNames[2]});
    r.maxFailures = o.value(QStringLiteral("maxFailures")).toInt(r.maxFailures);
    r.timestamps = pick(o, "timestamps", TimestampPolicy::Keep, {"keep", "rebase"});
    r.rebaseTo
        = QDateTime::fromString(o.value(QStringLiteral("rebaseTo")).toString(), Qt::ISODateWithMs);
    r.eventIds = pick(o, "eventIds", EventIdPolicy::Keep, {"keep", "fresh"});
    r.runSuffix = o.value(QStringLiteral("runSuffix")).toString();
    r.templateSeed = o.value(QStringLiteral("templateSeed")).toString().toULongLong();
    r.templateNow = QDateTime::fromString(
        o.value(QStringLiteral("templateNow")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &name : o.value(QStringLiteral("templateEnvironment")).toArray())
        r.templateEnvironment << name.toString();
    r.invalid = pick(o, "invalid", InvalidPolicy::Skip, {"skip", "send"});
    r.dryRun = o.value(QStringLiteral("dryRun")).toBool();
    r.setDigest = o.value(QStringLiteral("setDigest")).toString();
    if (r.concurrency < 1 || r.ratePerSecond < 0 || r.rateBurst < 1)
        return Error {ReplayErrors::BadOptions, tr("Stored replay options are out of range.")};
    if (r.timestamps == TimestampPolicy::Rebase && !r.rebaseTo.isValid())
        return Error {
            ReplayErrors::BadOptions, tr("Stored replay options lack the rebase instant.")};
    return r;
}
