#pragma once

#include <QString>

// The codes of the Errors of replays: options, inputs, expectations and runs.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace ReplayErrors {
inline const QString BadOptions = QStringLiteral("replay-bad-options");
inline const QString BadExpectation = QStringLiteral("replay-bad-expectation");
inline const QString BadInput = QStringLiteral("replay-bad-input");
inline const QString Busy = QStringLiteral("replay-busy");
inline const QString NoValidator = QStringLiteral("replay-no-validator");
inline const QString NoStore = QStringLiteral("replay-no-store");
inline const QString OtherSet = QStringLiteral("replay-other-set");
inline const QString DiffOtherSet = QStringLiteral("replay-diff-other-set");
inline const QString ReceiverStopped = QStringLiteral("replay-receiver-stopped");
} // namespace ReplayErrors
