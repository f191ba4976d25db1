#pragma once

#include "core/common/result.h"
#include "core/receiver/receivedrequest.h"
#include "core/storage/storedevent.h"

class EventStore;
class Validator;

// Keeps a received request in the library, for the receiver page and `eventsmith-cli serve
// --store` alike, checked by the same core as every other way in (PayloadCheck and
// StoredEventFactory), so family, sub-type, dedup ID and validity agree.
class ReceivedEventSaver final
{
public:
    ReceivedEventSaver(const Validator &validator, EventStore &store);

    // The new event's id, or the id of the same event (dedup ID and payload) already in the
    // library with `alreadyThere` set; an error when there is no body to keep.
    Result<qint64> save(const ReceivedRequest &request, bool *alreadyThere = nullptr);
    // A new event for every request, repeats included: what a recording receiver keeps.
    Result<qint64> insert(const ReceivedRequest &request);

private:
    Result<StoredEvent> toStored(const ReceivedRequest &request) const;

    const Validator &m_validator;
    EventStore &m_store;
};
