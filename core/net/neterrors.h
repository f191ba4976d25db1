#pragma once

#include <QString>

// The codes of the Errors from targets, their URLs and the keychain.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace NetErrors {
inline const QString SecretsUnavailable = QStringLiteral("secrets-unavailable");
inline const QString SecretsTimeout = QStringLiteral("secrets-timeout");
inline const QString SecretsNotFound = QStringLiteral("secrets-not-found");
inline const QString SecretsFailed = QStringLiteral("secrets-failed");
inline const QString SecretsNoKey = QStringLiteral("secrets-no-key");
inline const QString TargetUrlMissingEventType = QStringLiteral("target-url-missing-event-type");
inline const QString TargetBadFamily = QStringLiteral("target-bad-family");
inline const QString TargetNeedsReceiverPort = QStringLiteral("target-needs-receiver-port");
inline const QString TargetBadHeader = QStringLiteral("target-bad-header");
inline const QString TargetBadUrl = QStringLiteral("target-bad-url");
inline const QString TargetBadJson = QStringLiteral("target-bad-json");
inline const QString TargetUrlWithoutEventType = QStringLiteral("target-url");
inline const QString TargetUnknown = QStringLiteral("target-unknown");
inline const QString TargetUrlWithKey = QStringLiteral("target-url-with-key");
} // namespace NetErrors
