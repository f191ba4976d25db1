#pragma once

#include <QtGlobal>

// How long a run took and how fast its events were answered, computed by the store from the
// run's rows; -1 when there is nothing to compute it from.
struct RunTiming
{
    qint64 runId = 0;
    // From the start to the finish or the last result, whichever is later (pauses included).
    qint64 durationMs = -1;
    // Over the final results that have a latency, the same nearest-rank rule as a live run.
    qint64 latencyP50Ms = -1;
    qint64 latencyP99Ms = -1;
};
