#pragma once

#include "core/common/result.h"
#include "core/replay/replayevent.h"

#include <QVector>

class EventStore;

// The events of a stored set in set order, as the replay engine takes them (default
// expectation: any 2xx), so the page replays exactly what the library shows.
class SetEvents final
{
public:
    static Result<QVector<ReplayEvent>> load(EventStore &store, qint64 setId);
};
