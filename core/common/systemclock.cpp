#include "core/common/systemclock.h"

SystemClock::SystemClock()
{
    m_timer.start();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_timer.elapsed();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
