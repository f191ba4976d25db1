#pragma once

#include "core/replay/replayprogress.h"

#include <QString>

// The line beside the progress bar: counts, rate, ETA and latency, as the CLI prints them.
class ReplayProgressText final
{
public:
    static QString format(const ReplayProgress &progress);
    static QString duration(qint64 ms);
};
