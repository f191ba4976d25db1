#pragma once

#include "core/storage/storedevent.h"

struct PayloadCheck;

// Turns a checked payload into the row the store keeps: family, sub-type for the filters,
// dedup ID and validity. Used by every way an event enters the library (import, composer,
// receiver inbox, the Samples set).
namespace StoredEventFactory {
StoredEvent make(const QString &name, const QString &payload, const PayloadCheck &check);
// The value of the payload's top-level "eventType", or empty; cheap, no parsing.
QString subTypeOf(const QString &payload);
} // namespace StoredEventFactory
