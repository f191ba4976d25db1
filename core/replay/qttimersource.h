#pragma once

#include "core/replay/timersource.h"

#include <QObject>

#include <unordered_map>

class QTimer;

// TimerSource on precise single-shot QTimers in the thread of this object.
class QtTimerSource final : public QObject, public TimerSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtTimerSource)

public:
    explicit QtTimerSource(QObject *parent = nullptr);
    ~QtTimerSource() override;

    quint64 callAfter(qint64 delayMs, Callback callback) override;
    void cancel(quint64 handle) override;

private:
    std::unordered_map<quint64, QTimer *> m_timers;
    quint64 m_next = 1;
};
