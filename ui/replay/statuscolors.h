#pragma once

#include "ui/replay/resultrow.h"

#include <QColor>
#include <QPalette>

// Text colours for outcomes and HTTP statuses that keep a readable contrast on the view's base
// colour in light and dark palettes alike (the UI follows the system palette).
class StatusColors final
{
public:
    static bool isDark(const QPalette &palette);
    static QColor forOutcome(ResultRow::Outcome outcome, const QPalette &palette);
    static QColor forStatus(int status, const QPalette &palette);
    // WCAG contrast ratio between two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

private:
    static QColor pick(const char *light, const char *dark, const QPalette &palette);
};
