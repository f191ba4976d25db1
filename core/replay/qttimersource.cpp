#include "core/replay/qttimersource.h"

#include <QTimer>

QtTimerSource::QtTimerSource(QObject *parent)
    : QObject(parent)
{ }

QtTimerSource::~QtTimerSource()
{
    for (auto &entry : m_timers)
        delete entry.second;
}

quint64 QtTimerSource::callAfter(qint64 delayMs, Callback callback)
{
    const quint64 handle = m_next++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, handle, callback = std::move(callback)] {
        auto it = m_timers.find(handle);
        if (it == m_timers.end())
            return;
        it->second->deleteLater();
        m_timers.erase(it);
        callback();
    });
    m_timers.emplace(handle, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return handle;
}

void QtTimerSource::cancel(quint64 handle)
{
    auto it = m_timers.find(handle);
    if (it == m_timers.end())
        return;
    it->second->stop();
    it->second->deleteLater();
    m_timers.erase(it);
}
