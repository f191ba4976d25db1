#include "cli/progressline.h"

ProgressLine::ProgressLine(const CliIo &io)
    : m_io(io)
{
    m_clock.start();
}

void ProgressLine::update(qint64 done)
{
    m_done = done;
    if (!m_io.errIsTerminal || (done & 255) != 0)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < 500 || now - m_lastDrawMs < 200)
        return;
    m_lastDrawMs = now;
    m_drawn = true;
    const double rate = done * 1000.0 / qMax<qint64>(now, 1);
    m_io.printError(
        QStringLiteral("\r\033[K%1 events checked (%2 events/s)").arg(done).arg(qRound64(rate)));
}

void ProgressLine::finish()
{
    if (m_drawn)
        m_io.printError(QStringLiteral("\r\033[K"));
    m_drawn = false;
}
