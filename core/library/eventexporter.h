#pragma once

#include "core/common/result.h"
#include "core/io/portableevent.h"

#include <functional>

class EventStore;
class EventWriter;
struct StoredEvent;

// Writes stored events out, for `eventsmith-cli export` and the export dialog alike: a set in
// member order, or every event in id order, read from the store a page at a time and handed to
// an EventWriter as portable events. Keys are never written (writers refer to a variable).
class EventExporter final
{
public:
    static constexpr int PageSize = 500;
    using Progress = std::function<void(qint64 written)>;

    explicit EventExporter(EventStore &store);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The events written; the writer is begun and finished by the caller.
    Result<qint64> writeSet(qint64 setId, EventWriter &writer) const;
    Result<qint64> writeAll(EventWriter &writer) const;

    static PortableEvent portable(const StoredEvent &stored);

private:
    EventStore &m_store;
    Progress m_progress;
};
