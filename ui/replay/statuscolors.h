#pragma once

#include "ui/replay/resultrow.h"

#include <QColor>
#include <QPalette>

// Text colours for outcomes and HTTP statuses that keep a readable contrast on the view's base
// colour in light and dark palettes alike (the UI follows the system palette; which one is
// dark is ThemeColors::isDark's call). Keyed by the replay's outcomes, so it lives here.
class StatusColors final
{
public:
    static QColor forOutcome(ResultRow::Outcome outcome, const QPalette &palette);
    static QColor forStatus(int status, const QPalette &palette);

private:
    static QColor pick(const char *light, const char *dark, const QPalette &palette);
};
