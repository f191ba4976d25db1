#pragma once

#include <QString>

struct SendRecord;

// What went wrong with a send and what to do about it, in words for the message bar and the
// response viewer; empty when the target accepted the event.
namespace SendAdvice {
QString forRecord(const SendRecord &record, const QString &envVar = {});
} // namespace SendAdvice
