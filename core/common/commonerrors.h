#pragma once

#include <QString>

// The codes of Errors that any front end returns: wrong arguments, files it cannot read or write.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace CommonErrors {
inline const QString Usage = QStringLiteral("usage");
inline const QString Io = QStringLiteral("io");
inline const QString Input = QStringLiteral("input");
} // namespace CommonErrors
