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
// A readable default name: the family, the sub-type and the subject or title when there is one.
QString defaultName(const QString &payload, const PayloadCheck &check);
// The name of an imported event that has none: the default name and its place in the file
// ("emails sent: Renewal #12"). Never the file's path, which would leak into every export.
QString importedName(const QString &source, const QString &payload, const PayloadCheck &check);
} // namespace StoredEventFactory
