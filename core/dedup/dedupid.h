#pragma once

#include <QString>
#include <QStringList>

#include "core/json/simdjsonfwd.h"

enum class DedupSource { Auto, Explicit };

// The dedup ID of spec §4 with the components it was computed from.
struct DedupId
{
    QString id;
    DedupSource source = DedupSource::Auto;
    QStringList components; // for explicit IDs: the eventId alone

    static QString sourceName(DedupSource source);
    // Computes the preview ID of a payload of `family`.
    static DedupId compute(const QString &family, simdjson::dom::element payload);
    // RFC 3339 -> "yyyy-MM-ddTHH:mm:ss.zzzZ" in UTC (extra digits truncated); raw when unparsable.
    static QString canonicalTimestamp(const QString &raw);
    // The first `count` Unicode code points of `text`.
    static QString firstCodePoints(const QString &text, int count);
};
