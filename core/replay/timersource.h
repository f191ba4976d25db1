#pragma once

#include <QtGlobal>

#include <functional>

// Calls back after a delay, so the replay scheduler (rate limit, backoff waits, progress ticks)
// can run on real timers in the app and on a manual clock in tests and simulations.
class TimerSource
{
public:
    using Callback = std::function<void()>;

    virtual ~TimerSource() = default;
    // Calls `callback` once, `delayMs` (>= 0) from now; never before this returns. Returns a
    // handle for cancel(); handles are never 0.
    virtual quint64 callAfter(qint64 delayMs, Callback callback) = 0;
    // Forgets a pending callback; unknown or spent handles are ignored.
    virtual void cancel(quint64 handle) = 0;
};
