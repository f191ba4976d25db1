#pragma once

#include <QtGlobal>

// Rate limit for the replay: `rate` requests per second with bursts of at most `burst`, as a
// virtual-scheduling token bucket (GCRA). Works on a millisecond clock without drifting: the
// next slot advances by exactly 1/rate from the previous one, whatever the rounding of wakes.
class TokenBucket final
{
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, int burst);

    bool unlimited() const { return m_intervalMs <= 0; }
    // Milliseconds until a request may leave; 0 when it may leave now.
    qint64 waitMs(qint64 nowMs) const;
    // Takes a slot; call only when waitMs(nowMs) is 0.
    void take(qint64 nowMs);
    // Forgets accumulated lateness, e.g. after a pause, so no burst beyond `burst` follows.
    void reset() { m_theoretical = -1e18; }

private:
    double m_intervalMs = 0;
    double m_toleranceMs = 0;
    double m_theoretical = -1e18; // theoretical arrival time of the next request
};
