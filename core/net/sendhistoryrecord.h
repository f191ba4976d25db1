#pragma once

#include "core/net/sendresult.h"

#include "core/storage/sendrecord.h"

// The send-history row of one exchange, as the CLI's `send` and the composer store it: the
// request as sent and the response, with the failure kind named when the transport failed.
namespace SendHistoryRecord {
SendRecord from(const QString &targetName, const SendResult &result);
} // namespace SendHistoryRecord
