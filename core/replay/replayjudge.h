#pragma once

#include "core/replay/plannedevent.h"
#include "core/replay/replayresult.h"

// Turns what happened to one event into its ReplayResult: pass or fail against the expectation,
// with a reason a QA engineer can act on, and a note when a duplicate answer is the run's own
// doing (a retry or a resend after an interruption) rather than a real collision.
class ReplayJudge final
{
public:
    struct Context
    {
        int attempts = 0;
        bool maybeSent = false; // an interrupted session may already have delivered it
        bool freshIds = false; // eventIds unique to this run: a duplicate can only be our own
    };

    static ReplayResult judge(
        const PlannedEvent &event, const SendResult &last, const Context &context);
    // Skipped for error findings, or judged by validation alone in a dry run.
    static ReplayResult unsent(const PlannedEvent &event, bool dryRun);

private:
    static ReplayResult base(const PlannedEvent &event);
};
