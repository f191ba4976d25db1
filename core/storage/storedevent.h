#pragma once

#include <QDateTime>
#include <QString>

// What the store knows about an event's validity when it was last checked.
enum class EventValidity { Unknown = 0, Valid = 1, Invalid = 2 };

// A saved event as kept in the local store; the payload is the text exactly as the user wrote it.
// Every member has a default, so {a, b} may name only the leading ones.
struct StoredEvent
{
    qint64 id = 0; // 0 until stored
    QString family {};
    QString subType {};
    QString name {};
    QString payload {};
    QString dedupId {};
    EventValidity validity = EventValidity::Unknown;
    QDateTime createdAt {}; // set by the store when invalid
    QDateTime updatedAt {};
};
