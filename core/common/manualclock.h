#pragma once

#include "core/common/clock.h"

// A clock that only moves when told to; for tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2024, 2, 3), QTime(10, 30), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }
    void setNow(const QDateTime &now)
    {
        m_now = now;
        m_elapsedMs = 0;
    }

private:
    QDateTime m_now;
    qint64 m_elapsedMs = 0;
};
