#include "core/replay/replayjudge.h"

ReplayResult ReplayJudge::base(const PlannedEvent &event)
{
    ReplayResult r;
    r.position = event.position;
    r.family = event.family;
    r.name = event.name;
    r.dedupId = event.dedupId;
    return r;
}

ReplayResult ReplayJudge::judge(
    const PlannedEvent &event, const SendResult &last, const Context &context)
{
    ReplayResult r = base(event);
    r.attempts = context.attempts;
    r.status = last.status;
    r.latencyMs = last.totalMs;
    r.resent = context.maybeSent;
    r.exchange = last;
    if (last.envelope) {
        r.requestId = last.envelope->requestId;
        r.duplicate = last.envelope->duplicate;
        r.shouldProcess = last.envelope->shouldProcess;
    }
    const bool repeated = context.maybeSent || context.attempts > 1;
    const bool ownDuplicate = context.freshIds && repeated;
    const ReplayExpectation::Verdict verdict = event.expect.check(last, ownDuplicate);
    r.outcome = verdict.passed ? ReplayResult::Outcome::Passed : ReplayResult::Outcome::Failed;
    QStringList notes;
    if (!verdict.passed)
        notes << verdict.reason;
    if (!verdict.passed && context.attempts > 1)
        notes << QStringLiteral("after %1 attempts").arg(context.attempts);
    if (r.duplicate.value_or(false) && repeated)
        notes << (context.maybeSent
                ? QStringLiteral("duplicate: resent after an interruption that may have "
                                 "delivered it already")
                : QStringLiteral("duplicate: an earlier attempt of this run was delivered "
                                 "without an answer"));
    if (!event.valid)
        notes << QStringLiteral("sent despite validation errors (%1)").arg(event.findings);
    r.reason = notes.join(QStringLiteral("; "));
    return r;
}

ReplayResult ReplayJudge::unsent(const PlannedEvent &event, bool dryRun)
{
    ReplayResult r = base(event);
    if (!dryRun) {
        r.outcome = ReplayResult::Outcome::Skipped;
        r.reason = QStringLiteral("skipped: %1").arg(event.findings);
    } else if (event.valid) {
        r.outcome = ReplayResult::Outcome::Passed;
        r.reason = QStringLiteral("dry run: valid, not sent");
    } else {
        r.outcome = ReplayResult::Outcome::Failed;
        r.reason = QStringLiteral("dry run: %1").arg(event.findings);
    }
    return r;
}
