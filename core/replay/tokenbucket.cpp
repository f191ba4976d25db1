#include "core/replay/tokenbucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst)
    : m_intervalMs(ratePerSecond > 0 ? 1000.0 / ratePerSecond : 0)
    , m_toleranceMs(ratePerSecond > 0 ? (std::max(1, burst) - 1) * m_intervalMs : 0)
{ }

qint64 TokenBucket::waitMs(qint64 nowMs) const
{
    if (unlimited())
        return 0;
    const double earliest = m_theoretical - m_toleranceMs;
    return earliest <= double(nowMs) ? 0 : qint64(std::ceil(earliest - double(nowMs)));
}

void TokenBucket::take(qint64 nowMs)
{
    if (unlimited())
        return;
    // A wake rounded up to the next millisecond must not lose the fraction it was late by, or
    // the rate would sag (30/s would come out near 29.4/s); anything later is real idleness.
    m_theoretical = std::max(m_theoretical, double(nowMs) - 1.0) + m_intervalMs;
}
