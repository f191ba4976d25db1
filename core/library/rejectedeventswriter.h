#pragma once

#include "core/common/result.h"
#include "core/io/portableevent.h"

#include <QList>

// Writes the events an import left out for their errors to an NDJSON file to fix them in and
// import again: an event as {"family", "name", "payload"} like an NDJSON export, a line that is
// not JSON as it was read.
namespace RejectedEventsWriter {
Result<> write(const QString &path, const QList<PortableEvent> &events);
QByteArray line(const PortableEvent &event);
} // namespace RejectedEventsWriter
