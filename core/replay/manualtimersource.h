#pragma once

#include "core/replay/timersource.h"

#include <map>
#include <utility>

class ManualClock;

// TimerSource driven by a ManualClock: time only moves when advance() is called, and then
// every callback that falls due runs at its own instant, in deadline order. Makes the replay
// scheduler deterministic in tests and lets a simulated minute pass in milliseconds.
class ManualTimerSource final : public TimerSource
{
public:
    explicit ManualTimerSource(ManualClock &clock)
        : m_clock(clock)
    { }

    quint64 callAfter(qint64 delayMs, Callback callback) override;
    void cancel(quint64 handle) override;

    // Moves the clock forward by `ms`, running due callbacks (and those they add) on the way.
    void advance(qint64 ms);
    // Jumps from deadline to deadline until `done()` holds, nothing is pending or `limitMs`
    // have passed; returns whether `done()` holds.
    bool advanceUntil(const std::function<bool()> &done, qint64 limitMs);
    int pending() const { return int(m_queue.size()); }

private:
    bool runNextDue(qint64 until);

    ManualClock &m_clock;
    // (deadline, handle) orders ties by creation, like timers of equal delay.
    std::map<std::pair<qint64, quint64>, Callback> m_queue;
    std::map<quint64, qint64> m_deadlines;
    quint64 m_next = 1;
};
