#pragma once

#include "core/common/result.h"
#include "core/receiver/receivedrequest.h"

class EventStore;
class Validator;

// Keeps a received request in the library, checked by the same core as every other way in
// (PayloadCheck and StoredEventFactory), so family, sub-type, dedup ID and validity agree.
class ReceivedEventSaver final
{
public:
    ReceivedEventSaver(const Validator &validator, EventStore &store);

    // The new event's id, or the id of the same event (dedup ID and payload) already in the
    // library with `alreadyThere` set; an error when there is no body to keep.
    Result<qint64> save(const ReceivedRequest &request, bool *alreadyThere = nullptr);

private:
    const Validator &m_validator;
    EventStore &m_store;
};
