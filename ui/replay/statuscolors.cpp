#include "ui/replay/statuscolors.h"

#include "ui/widgets/themecolors.h"

QColor StatusColors::pick(const char *light, const char *dark, const QPalette &palette)
{
    return QColor(QLatin1String(ThemeColors::isDark(palette) ? dark : light));
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
