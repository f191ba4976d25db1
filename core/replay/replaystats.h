#pragma once

#include "core/replay/replayprogress.h"
#include "core/replay/replayresult.h"

#include <QVector>

#include <deque>

// Counts, throughput over a sliding window, ETA and latency percentiles of a run, computed
// when a progress snapshot is asked for rather than per event.
class ReplayStats final
{
public:
    static constexpr qint64 RateWindowMs = 5000;

    void start(qint64 total, qint64 nowMs);
    // A final result; `thisSession` is false for results recorded before a resume.
    void add(const ReplayResult &result, qint64 nowMs, bool thisSession);
    void addRetry() { ++m_retries; }
    ReplayProgress snapshot(qint64 nowMs, int inFlight, int waiting) const;
    qint64 failed() const { return m_failed; }

private:
    static qint64 percentile(QVector<qint64> sorted, double fraction);

    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_passed = 0;
    qint64 m_failed = 0;
    qint64 m_skipped = 0;
    qint64 m_retries = 0;
    qint64 m_startMs = 0;
    mutable std::deque<qint64> m_recent; // completion times within the rate window
    QVector<qint64> m_latencies;
};
