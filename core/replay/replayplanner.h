#pragma once

#include "core/replay/plannedevent.h"
#include "core/replay/replayevent.h"
#include "core/replay/replayoptions.h"

#include "core/common/result.h"
#include "core/validation/finding.h"

#include <QCoreApplication>
#include <QVector>

class Clock;
class Validator;

// Turns a set into the bodies a run sends: template variables, validation (skip or send invalid
// events), the timestamp and eventId policies. Deterministic for given options, so that a resumed
// run sends exactly what the interrupted one would have.
class ReplayPlanner final
{
public:
    // Fills the options' run-specific parts when unset (rebase instant, run suffix, template
    // seed and instant, set digest).
    static Result<> settle(
        ReplayOptions &options, const QVector<ReplayEvent> &events, const Clock &clock);
    static QVector<PlannedEvent> plan(const QVector<ReplayEvent> &events,
        const ReplayOptions &options, const Validator *validator);
    // Identifies a set by its families and payloads, in order.
    static QString digest(const QVector<ReplayEvent> &events);

private:
    static PlannedEvent planOne(const ReplayEvent &event, int position,
        const ReplayOptions &options, const Validator *validator, qint64 shiftMs,
        Findings templateFindings);
    static QByteArray resolved(
        const ReplayEvent &event, int position, const ReplayOptions &options, Findings *findings);
    static qint64 rebaseShiftMs(const QVector<ReplayEvent> &events, const ReplayOptions &options);

    Q_DECLARE_TR_FUNCTIONS(ReplayPlanner)
};
