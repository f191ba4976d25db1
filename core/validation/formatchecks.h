#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

// The string formats the schemas use, checked without regular expressions (hot path).
namespace FormatChecks {
// RFC 3339 date-time ("2024-02-03T10:30:00Z", offsets, any fraction, leap second at 23:59:60Z).
bool isDateTime(std::string_view text);
// Milliseconds since the epoch (UTC) of an RFC 3339 date-time, or nothing when it isn't one.
std::optional<qint64> dateTimeToEpochMs(std::string_view text);
// RFC 3339 full-date ("2024-03-31").
bool isDate(std::string_view text);
// "local@domain" with a dot in the domain: dot-atom local part, hostname labels.
bool isEmail(std::string_view text);
// An absolute URI (RFC 3986): a scheme, then only characters a URI may hold.
bool isUri(std::string_view text);
} // namespace FormatChecks
