#pragma once

#include <QString>

// The codes of the Errors the store returns (SQLite failures, refused input, missing rows).
// Errors carry these codes so callers and tests compare codes, never messages.
namespace StoreErrors {
inline const QString NotOpen = QStringLiteral("store-not-open");
inline const QString NotFound = QStringLiteral("store-not-found");
inline const QString Busy = QStringLiteral("store-busy");
inline const QString ReadOnly = QStringLiteral("store-readonly");
inline const QString Corrupt = QStringLiteral("store-corrupt");
inline const QString Full = QStringLiteral("store-full");
inline const QString CannotOpen = QStringLiteral("store-cannot-open");
inline const QString Constraint = QStringLiteral("store-constraint");
inline const QString Duplicate = QStringLiteral("store-duplicate");
inline const QString MissingReference = QStringLiteral("store-missing-reference");
inline const QString InvalidValue = QStringLiteral("store-invalid-value");
inline const QString QueryFailed = QStringLiteral("store-query-failed");
inline const QString InvalidEvent = QStringLiteral("store-invalid-event");
inline const QString InvalidName = QStringLiteral("store-invalid-name");
inline const QString InvalidPosition = QStringLiteral("store-invalid-position");
inline const QString InvalidTarget = QStringLiteral("store-invalid-target");
inline const QString MigrationFailed = QStringLiteral("store-migration-failed");
inline const QString NoTransaction = QStringLiteral("store-no-transaction");
inline const QString NotEventsmith = QStringLiteral("store-not-eventsmith");
inline const QString TooNew = QStringLiteral("store-too-new");
inline const QString ResultFinal = QStringLiteral("store-result-final");
inline const QString ResultOutOfOrder = QStringLiteral("store-result-out-of-order");
inline const QString SettingRefused = QStringLiteral("store-setting-refused");
inline const QString WalUnavailable = QStringLiteral("store-wal-unavailable");
} // namespace StoreErrors
