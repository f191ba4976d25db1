#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// What the receiver did with the events of one family.
struct FamilyCounts
{
    qint64 accepted = 0; // first time a dedup ID was seen, answered 200
    qint64 duplicates = 0; // answered 200 with duplicate: true
    qint64 rejected = 0; // answered 4xx (key, size, JSON, strict findings) or 503 (not stored)
    qint64 faulted = 0; // injected drop, 500 or 429

    bool operator==(const FamilyCounts &other) const;
};

// Counts per family since start or the last reset; "" collects requests with no known family.
struct ReceiverStats
{
    QMap<QString, FamilyCounts> families;

    FamilyCounts family(const QString &name) const { return families.value(name); }
    FamilyCounts total() const;
    QJsonObject toJson() const;
};
