#pragma once

#include <QString>

// The codes of the Errors of loading schemas.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace SchemaErrors {
inline const QString NotJson = QStringLiteral("schema-not-json");
inline const QString Unreadable = QStringLiteral("schema-unreadable");
inline const QString Family = QStringLiteral("schema-family");
} // namespace SchemaErrors
