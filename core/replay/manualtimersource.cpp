#include "core/replay/manualtimersource.h"

#include "core/common/manualclock.h"

quint64 ManualTimerSource::callAfter(qint64 delayMs, Callback callback)
{
    const quint64 handle = m_next++;
    const qint64 deadline = m_clock.monotonicMs() + std::max<qint64>(0, delayMs);
    m_queue.emplace(std::make_pair(deadline, handle), std::move(callback));
    m_deadlines.emplace(handle, deadline);
    return handle;
}

void ManualTimerSource::cancel(quint64 handle)
{
    auto it = m_deadlines.find(handle);
    if (it == m_deadlines.end())
        return;
    m_queue.erase(std::make_pair(it->second, handle));
    m_deadlines.erase(it);
}

bool ManualTimerSource::runNextDue(qint64 until)
{
    if (m_queue.empty() || m_queue.begin()->first.first > until)
        return false;
    auto node = m_queue.extract(m_queue.begin());
    m_deadlines.erase(node.key().second);
    const qint64 now = m_clock.monotonicMs();
    if (node.key().first > now)
        m_clock.advanceMs(node.key().first - now);
    node.mapped()();
    return true;
}

void ManualTimerSource::advance(qint64 ms)
{
    const qint64 target = m_clock.monotonicMs() + std::max<qint64>(0, ms);
    while (runNextDue(target)) { }
    m_clock.advanceMs(target - m_clock.monotonicMs());
}

bool ManualTimerSource::advanceUntil(const std::function<bool()> &done, qint64 limitMs)
{
    const qint64 limit = m_clock.monotonicMs() + limitMs;
    while (!done()) {
        if (!runNextDue(limit))
            return done();
    }
    return true;
}
