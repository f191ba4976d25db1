#pragma once

#include <QString>

// The codes of the Errors of saving events to the library.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace LibraryErrors {
inline const QString VariantCount = QStringLiteral("variant-count");
inline const QString VariantSetName = QStringLiteral("variant-set-name");
inline const QString VariantTemplate = QStringLiteral("variant-template");
inline const QString NoFamily = QStringLiteral("no-family");
inline const QString EmptyBody = QStringLiteral("empty-body");
} // namespace LibraryErrors
