#include "ui/replay/statuscolors.h"

#include <cmath>

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColors::pick(const char *light, const char *dark, const QPalette &palette)
{
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}

QColor StatusColors::forOutcome(ResultRow::Outcome outcome, const QPalette &palette)
{
    switch (outcome) {
    case ResultRow::Outcome::Passed:
        return pick("#116329", "#56d364", palette);
    case ResultRow::Outcome::Failed:
        return pick("#b3261e", "#ff7b72", palette);
    case ResultRow::Outcome::Skipped:
        return pick("#7a4f00", "#e3b341", palette);
    case ResultRow::Outcome::Pending:
        break;
    }
    return pick("#57606a", "#a0a8b0", palette);
}

QColor StatusColors::forStatus(int status, const QPalette &palette)
{
    if (status >= 200 && status < 300)
        return forOutcome(ResultRow::Outcome::Passed, palette);
    if (status == 0)
        return forOutcome(ResultRow::Outcome::Pending, palette);
    if (status == 429 || status < 500)
        return forOutcome(ResultRow::Outcome::Skipped, palette);
    return forOutcome(ResultRow::Outcome::Failed, palette);
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
