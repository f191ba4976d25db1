#include "core/receiver/receiverstats.h"

bool FamilyCounts::operator==(const FamilyCounts &other) const
{
    return accepted == other.accepted && duplicates == other.duplicates
        && rejected == other.rejected && faulted == other.faulted;
}

FamilyCounts ReceiverStats::total() const
{
    FamilyCounts sum;
    for (const FamilyCounts &counts : families) {
        sum.accepted += counts.accepted;
        sum.duplicates += counts.duplicates;
        sum.rejected += counts.rejected;
        sum.faulted += counts.faulted;
    }
    return sum;
}

static QJsonObject countsJson(const FamilyCounts &counts)
{
    return QJsonObject {{QStringLiteral("accepted"), counts.accepted},
        {QStringLiteral("duplicates"), counts.duplicates},
        {QStringLiteral("rejected"), counts.rejected}, {QStringLiteral("faulted"), counts.faulted}};
}

QJsonObject ReceiverStats::toJson() const
{
    QJsonObject perFamily;
    for (auto it = families.cbegin(); it != families.cend(); ++it)
        perFamily.insert(
            it.key().isEmpty() ? QStringLiteral("unknown") : it.key(), countsJson(it.value()));
    return QJsonObject {
        {QStringLiteral("families"), perFamily}, {QStringLiteral("total"), countsJson(total())}};
}
