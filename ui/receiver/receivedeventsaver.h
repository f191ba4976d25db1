#pragma once

#include "common/result.h"
#include "receiver/receivedrequest.h"

class EventStore;
class Validator;

// Keeps a received request in the library, checked by the same core as every other way in
// (PayloadCheck and StoredEventFactory), so family, sub-type, dedup ID and validity agree.
class ReceivedEventSaver final
{
public:
    ReceivedEventSaver(const Validator &validator, EventStore &store);

    // The new event's id; an error when there is no body to keep or the event (same dedup ID
    // and payload) is already in the library.
    Result<qint64> save(const ReceivedRequest &request);

private:
    const Validator &m_validator;
    EventStore &m_store;
};
