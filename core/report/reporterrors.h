#pragma once

#include <QString>

// The codes of the Errors of writing run reports.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace ReportErrors {
inline const QString Format = QStringLiteral("report-format");
inline const QString Write = QStringLiteral("report-write");
} // namespace ReportErrors
