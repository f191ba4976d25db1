#include "core/receiver/receiversettings.h"

#include "core/receiver/receivererrors.h"

#include <QCoreApplication>
#include <QStringList>

bool FaultSettings::any() const
{
    return latencyMaxMs > 0 || dropRate > 0 || serverErrorRate > 0 || rateLimitRate > 0;
}

Result<std::pair<int, int>> FaultSettings::parseLatency(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool okMin = false;
    bool okMax = false;
    const int min = parts.value(0).trimmed().toInt(&okMin);
    const int max = parts.size() == 2 ? parts.value(1).trimmed().toInt(&okMax) : min;
    if (parts.size() == 1)
        okMax = okMin;
    if (parts.size() > 2 || !okMin || !okMax || min < 0 || max < min) {
        return Error {ReceiverErrors::BadLatency,
            QCoreApplication::translate("ReceiverSettings",
                "latency must be milliseconds, \"150\" or a range \"50-200\", "
                "got \"%1\"")
                .arg(text)};
    }
    return std::make_pair(min, max);
}

QString ReceiverSettings::modeName(ReceiverMode mode)
{
    return mode == ReceiverMode::Strict ? QStringLiteral("strict") : QStringLiteral("lenient");
}

std::optional<ReceiverMode> ReceiverSettings::parseMode(const QString &name)
{
    if (name == QLatin1String("lenient"))
        return ReceiverMode::Lenient;
    if (name == QLatin1String("strict"))
        return ReceiverMode::Strict;
    return std::nullopt;
}
