#pragma once

#include <QString>

// The codes of the Errors of the local receiver.
// Errors carry these codes so callers and tests compare codes, never messages.
namespace ReceiverErrors {
inline const QString ListenFailed = QStringLiteral("listen-failed");
inline const QString BadLatency = QStringLiteral("bad-latency");
} // namespace ReceiverErrors
