#pragma once

#include "core/replay/replayprogress.h"

#include <QString>

// The line beside the progress bar: counts, rate, ETA and latency, as the CLI prints them. A run
// that is not moving (paused, cancelled, stopped) says so and has no rate or ETA.
class ReplayProgressText final
{
public:
    enum class Phase { Running, Paused, Cancelled, Stopped };

    static QString format(const ReplayProgress &progress, Phase phase = Phase::Running);
    static QString duration(qint64 ms);

private:
    static QString phaseName(Phase phase);
};
