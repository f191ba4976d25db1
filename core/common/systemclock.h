#pragma once

#include "core/common/clock.h"

#include <QElapsedTimer>

// The real wall clock and a monotonic timer.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    static const SystemClock &instance();

private:
    QElapsedTimer m_timer;
};
