#include "ui/replay/replayprogresstext.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ReplayProgressText", text, nullptr, n);
}
} // namespace

QString ReplayProgressText::duration(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString ReplayProgressText::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Paused:
        return tr("Paused");
    case Phase::Cancelled:
        return tr("Cancelled");
    case Phase::Stopped:
        return tr("Stopped");
    case Phase::Running:
        break;
    }
    return QString();
}

QString ReplayProgressText::format(const ReplayProgress &p, Phase phase)
{
    const QString counts
        = tr("%1 passed, %2 failed, %3 skipped").arg(p.passed).arg(p.failed).arg(p.skipped);
    QString text;
    if (phase == Phase::Running)
        text = tr("%1/%2 events · %3 ev/s · ETA %4 · %5")
                   .arg(p.done)
                   .arg(p.total)
                   .arg(p.eventsPerSecond, 0, 'f', p.eventsPerSecond < 10 ? 1 : 0)
                   .arg(p.done >= p.total ? tr("done") : duration(p.etaMs), counts);
    else // not moving: a rate or an ETA would be a guess about a run that does not go on
        text = tr("%1 · %2/%3 events · %4")
                   .arg(phaseName(phase))
                   .arg(p.done)
                   .arg(p.total)
                   .arg(counts);
    if (p.latencyP50Ms >= 0)
        text += tr(" · p50 %1 ms, p99 %2 ms").arg(p.latencyP50Ms).arg(p.latencyP99Ms);
    if (phase == Phase::Running && (p.inFlight > 0 || p.waiting > 0))
        text += tr(" · %1 in flight, %2 waiting to retry").arg(p.inFlight).arg(p.waiting);
    return text;
}
