#include "core/replay/replayresult.h"

QString ReplayResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}
