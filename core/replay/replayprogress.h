#pragma once

#include <QtGlobal>

// A snapshot of a run for progress bars and the GUI, emitted a few times a second.
struct ReplayProgress
{
    qint64 total = 0;
    qint64 done = 0; // final results, skipped ones included
    qint64 passed = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    int inFlight = 0; // requests on the wire
    int waiting = 0; // events waiting to be retried
    qint64 retries = 0; // attempts beyond the first, this session
    qint64 elapsedMs = 0;
    double eventsPerSecond = 0; // final results per second over the last few seconds
    qint64 etaMs = -1; // -1 when unknown
    qint64 latencyP50Ms = -1;
    qint64 latencyP90Ms = -1;
    qint64 latencyP99Ms = -1;
};
