#pragma once

#include "cli/cliio.h"

#include <QElapsedTimer>

// A one-line progress display on a terminal for long work: count and rate, redrawn a few
// times a second; silent when standard error is not a terminal.
class ProgressLine final
{
public:
    explicit ProgressLine(const CliIo &io);
    void update(qint64 done);
    void finish();

private:
    const CliIo &m_io;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = 0;
    bool m_drawn = false;
    qint64 m_done = 0;
};
