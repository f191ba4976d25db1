#pragma once

#include <QString>

// The codes of the Errors of applying a quick fix.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace QuickFixErrors {
inline const QString Stale = QStringLiteral("quick-fix-stale");
inline const QString Path = QStringLiteral("quick-fix-path");
inline const QString NeedsParsedPayload = QStringLiteral("quick-fix-needs-json");
} // namespace QuickFixErrors
