#include "core/replay/replaystats.h"

#include <algorithm>
#include <cmath>

void ReplayStats::start(qint64 total, qint64 nowMs)
{
    *this = ReplayStats();
    m_total = total;
    m_startMs = nowMs;
}

void ReplayStats::add(const ReplayResult &result, qint64 nowMs, bool thisSession)
{
    ++m_done;
    switch (result.outcome) {
    case ReplayResult::Outcome::Passed:
        ++m_passed;
        break;
    case ReplayResult::Outcome::Failed:
        ++m_failed;
        break;
    case ReplayResult::Outcome::Skipped:
        ++m_skipped;
        break;
    }
    if (!thisSession)
        return;
    m_recent.push_back(nowMs);
    if (result.latencyMs >= 0)
        m_latencies << result.latencyMs;
}

qint64 ReplayStats::percentile(QVector<qint64> values, double fraction)
{
    if (values.isEmpty())
        return -1;
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    const auto nth = values.begin() + std::clamp<qsizetype>(index, 0, values.size() - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

ReplayProgress ReplayStats::snapshot(qint64 nowMs, int inFlight, int waiting) const
{
    while (!m_recent.empty() && m_recent.front() <= nowMs - RateWindowMs)
        m_recent.pop_front();
    ReplayProgress p;
    p.total = m_total;
    p.done = m_done;
    p.passed = m_passed;
    p.failed = m_failed;
    p.skipped = m_skipped;
    p.inFlight = inFlight;
    p.waiting = waiting;
    p.retries = m_retries;
    p.elapsedMs = nowMs - m_startMs;
    const qint64 window = std::min(RateWindowMs, p.elapsedMs);
    if (window > 0)
        p.eventsPerSecond = double(m_recent.size()) * 1000.0 / double(window);
    if (p.done >= p.total)
        p.etaMs = 0;
    else if (p.eventsPerSecond > 0)
        p.etaMs = qint64(double(p.total - p.done) * 1000.0 / p.eventsPerSecond);
    p.latencyP50Ms = percentile(m_latencies, 0.50);
    p.latencyP90Ms = percentile(m_latencies, 0.90);
    p.latencyP99Ms = percentile(m_latencies, 0.99);
    return p;
}
