#pragma once

#include <QString>

// The codes of the Errors of reading and building inputs (CSV, HAR, Postman, curl, NDJSON).
// Errors carry these codes so callers and tests compare codes, never messages.
namespace IoErrors {
inline const QString Unreadable = QStringLiteral("unreadable");
inline const QString InputUnreadable = QStringLiteral("input-unreadable");
inline const QString TooLarge = QStringLiteral("input-too-large");
inline const QString CsvEmpty = QStringLiteral("csv-empty");
inline const QString CsvMissingColumn = QStringLiteral("csv-missing-column");
inline const QString CsvSyntax = QStringLiteral("csv-syntax");
inline const QString NotHar = QStringLiteral("not-har");
inline const QString NotPostman = QStringLiteral("not-postman");
inline const QString FieldClash = QStringLiteral("field-clash");
} // namespace IoErrors
