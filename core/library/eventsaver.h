#pragma once

#include "core/common/result.h"

#include <QString>

class EventStore;
struct PayloadCheck;

// Keeps the composer's event in the library: updates the event it was opened from, or inserts
// a new one, and adds it to a set when one is chosen (once: a set lists an event only once).
namespace EventSaver {
struct Saved
{
    qint64 eventId = 0;
    bool inserted = false;
    bool addedToSet = false;
};
Result<Saved> save(EventStore &store, qint64 eventId, const QString &name, const QString &payload,
    const PayloadCheck &check, qint64 setId);
} // namespace EventSaver
