#include "core/replay/replayengine.h"

#include "core/replay/replayerrors.h"
#include "core/replay/replayjudge.h"
#include "core/replay/replayplanner.h"
#include "core/replay/replaytransport.h"
#include "core/replay/runjournal.h"
#include "core/replay/timersource.h"

#include "core/common/clock.h"

ReplayEngine::ReplayEngine(
    ReplayTransport &transport, const Clock &clock, TimerSource &timers, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
    , m_timers(timers)
{
    connect(&m_transport, &ReplayTransport::finished, this, &ReplayEngine::onFinished);
}

ReplayEngine::~ReplayEngine()
{
    m_timers.cancel(m_wake);
    m_timers.cancel(m_tick);
    m_timers.cancel(m_flush);
}

Result<> ReplayEngine::prepare(const QVector<ReplayEvent> &events, const ReplayOptions &options)
{
    if (m_state == State::Running || m_state == State::Paused)
        return Error {ReplayErrors::Busy, tr("A run is in progress.")};
    if (options.dryRun && !m_validator)
        return Error {ReplayErrors::NoValidator, tr("A dry run needs the validator.")};
    m_options = options;
    m_policy.emplace(m_clock, m_options.retry, m_options.retrySeed);
    m_bucket = TokenBucket(m_options.ratePerSecond, m_options.rateBurst);
    m_items.clear();
    m_inFlight.clear();
    m_retries.clear();
    m_outbox.clear();
    if (m_journal)
        m_journal->discardQueued();
    m_timers.cancel(m_flush);
    m_flush = 0;
    m_next = m_reportNext = m_active = m_intentsUpTo = 0;
    m_stopping = false;
    m_runId = 0;
    const QVector<PlannedEvent> planned = ReplayPlanner::plan(events, m_options, m_validator);
    m_items.reserve(planned.size());
    for (const PlannedEvent &p : planned)
        m_items.append(Item {p, false, false, false, 0, std::nullopt, {}});
    m_stats.start(m_items.size(), m_clock.monotonicMs());
    return {};
}

Result<qint64> ReplayEngine::start(
    const QVector<ReplayEvent> &events, const ReplayOptions &options, const RunRecord &run)
{
    ReplayOptions settled = options;
    if (auto ok = ReplayPlanner::settle(settled, events, m_clock); !ok)
        return ok.error();
    if (auto ok = prepare(events, settled); !ok)
        return ok.error();
    if (m_journal && !m_options.dryRun) {
        auto id = m_journal->begin(run, m_options, m_items.size());
        if (!id)
            return id.error();
        m_runId = id.value();
    }
    begin();
    return m_runId;
}

Result<qint64> ReplayEngine::resumeRun(qint64 runId, const QVector<ReplayEvent> &events)
{
    if (!m_journal)
        return Error {ReplayErrors::NoStore, tr("Resuming needs the store.")};
    auto loaded = m_journal->load(runId);
    if (!loaded)
        return loaded.error();
    const RunJournal::Resume &resume = loaded.value();
    if (resume.run.total != events.size()
        || resume.options.setDigest != ReplayPlanner::digest(events))
        return Error {ReplayErrors::OtherSet,
            tr("Run %1 replayed another set (or the set changed since); it cannot "
               "be resumed with this one.")
                .arg(runId)};
    if (auto ok = prepare(events, resume.options); !ok)
        return ok.error();
    m_runId = runId;
    for (Item &item : m_items) {
        const int position = item.plan.position;
        item.maybeSent = resume.maybeSent.contains(position);
        if (!resume.done.contains(position))
            continue;
        item.final = true;
        item.result = resume.done.value(position);
        item.result->family = item.plan.family;
        item.result->name = item.plan.name;
        m_stats.add(*item.result, m_clock.monotonicMs(), false);
    }
    if (const Result<> running = m_journal->setState(m_runId, RunState::Running);
        !journalOk(running))
        return running.error();
    begin();
    return m_runId;
}

void ReplayEngine::begin()
{
    setState(State::Running);
    m_tick = m_timers.callAfter(m_options.progressIntervalMs, [this] { tick(); });
    m_wake = m_timers.callAfter(0, [this] { pump(); });
}

void ReplayEngine::pause()
{
    if (m_state != State::Running || !settle(true))
        return;
    if (m_journal && m_runId && !journalOk(m_journal->setState(m_runId, RunState::Paused)))
        return;
    m_timers.cancel(m_wake);
    setState(State::Paused);
}

void ReplayEngine::resume()
{
    if (m_state != State::Paused)
        return;
    if (m_journal && m_runId && !journalOk(m_journal->setState(m_runId, RunState::Running)))
        return;
    m_bucket.reset();
    setState(State::Running);
    pump();
}

void ReplayEngine::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_inFlight.clear();
    m_transport.cancelAll();
    finish(Finish::Cancelled);
}

void ReplayEngine::pump()
{
    if (m_state != State::Running)
        return;
    const qint64 now = m_clock.monotonicMs();
    launchDueRetries(now);
    launchNew(now);
    if (!settle())
        return;
    checkFinished();
    if (m_state == State::Running)
        armWake(now);
}

void ReplayEngine::launchDueRetries(qint64 now)
{
    while (m_state == State::Running && !m_retries.empty() && m_retries.begin()->first <= now
        && m_bucket.waitMs(now) == 0) {
        const int position = m_retries.begin()->second;
        m_retries.erase(m_retries.begin());
        launch(position, now);
    }
}

void ReplayEngine::launchNew(qint64 now)
{
    while (m_state == State::Running && !m_stopping && m_next < m_items.size()) {
        Item &item = m_items[m_next];
        if (item.final) {
            ++m_next;
        } else if (item.plan.skip || m_options.dryRun) {
            ++m_next;
            complete(item, ReplayJudge::unsent(item.plan, m_options.dryRun));
        } else if (m_active < m_options.concurrency && m_bucket.waitMs(now) == 0) {
            item.active = true;
            ++m_active;
            if (journaled() && m_next >= m_intentsUpTo)
                recordIntentsAhead();
            launch(m_next++, now);
        } else {
            break;
        }
    }
}

void ReplayEngine::launch(int position, qint64 now)
{
    m_bucket.take(now);
    Item &item = m_items[position];
    if (++item.attempts > 1)
        m_stats.addRetry(); // its row still holds the intent: results are only ever final
    item.log.append(RunAttempt {item.attempts, m_clock.now()});
    m_outbox.append(position);
}

// Intents for the next events in one write, before any of them is sent: a crash leaves the
// ones not sent yet "maybe sent", and a resume sends them again under the same eventIds.
void ReplayEngine::recordIntentsAhead()
{
    const int end = std::min<int>(m_items.size(), m_next + IntentsAhead);
    for (int position = std::max(m_next, m_intentsUpTo); position < end; ++position) {
        if (!m_items[position].final)
            m_journal->queueIntent(m_items[position].plan);
    }
    m_intentsUpTo = end;
}

// Stores what the journal must hold first (queued intents; results when asked, or when many
// or old enough), sends the launched requests, then reports the results that are stored.
bool ReplayEngine::settle(bool flushResults)
{
    if (journaled()
        && (flushResults || m_journal->hasQueuedIntents()
            || m_journal->queuedResults() >= FlushResults)) {
        if (!journalOk(m_journal->flush(m_runId)))
            return false;
    }
    for (const int position : std::as_const(m_outbox)) {
        SendRequest request = m_template;
        request.family = m_items[position].plan.family;
        request.body = m_items[position].plan.body;
        m_inFlight.insert(m_transport.send(request), position);
    }
    m_outbox.clear();
    if (!journaled() || m_journal->queuedResults() == 0)
        report();
    else if (!m_flush)
        m_flush = m_timers.callAfter(FlushMs, [this] {
            m_flush = 0;
            if (settle(true))
                checkFinished();
        });
    return true;
}

void ReplayEngine::onFinished(const SendResult &result)
{
    const auto it = m_inFlight.constFind(result.id);
    if (it == m_inFlight.cend())
        return;
    Item &item = m_items[it.value()];
    m_inFlight.erase(it);
    noteAnswer(item, result);
    if (m_policy->shouldRetry(result, item.attempts)) {
        if (m_stopping) { // left "maybe sent" for a resume to finish
            item.active = false;
            --m_active;
        } else {
            const qint64 wait = m_policy->delayMs(result, item.attempts);
            item.log.last().waitMs = wait;
            m_retries.emplace(m_clock.monotonicMs() + wait, item.plan.position);
        }
    } else {
        const ReplayJudge::Context context {item.attempts, item.maybeSent,
            m_options.eventIds == ReplayOptions::EventIdPolicy::Fresh};
        ReplayResult judged = ReplayJudge::judge(item.plan, result, context);
        judged.attemptLog = std::exchange(item.log, {});
        complete(item, std::move(judged));
    }
    if (m_state == State::Running)
        pump();
    else if (settle())
        checkFinished();
}

// What one attempt got back; the wait before the next is added when a retry is scheduled.
void ReplayEngine::noteAnswer(Item &item, const SendResult &result) const
{
    if (item.log.isEmpty())
        return;
    RunAttempt &attempt = item.log.last();
    attempt.status = result.status;
    if (!result.transportOk())
        attempt.error = SendResult::errorKindName(result.errorKind);
    const bool serverMessage = result.envelope && !result.envelope->message.isEmpty();
    attempt.message
        = (serverMessage ? result.envelope->message : result.errorMessage).left(MaxAttemptMessage);
    attempt.latencyMs = result.totalMs;
    attempt.retryAfterMs = m_policy->retryAfterMs(result).value_or(-1);
}

void ReplayEngine::complete(Item &item, ReplayResult result)
{
    if (item.active)
        --m_active;
    item.active = false;
    item.final = true;
    m_stats.add(result, m_clock.monotonicMs(), true);
    if (m_journal && m_runId)
        m_journal->queueResult(m_runId, item.plan, result);
    item.result = std::move(result);
    if (item.result->outcome == ReplayResult::Outcome::Failed)
        applyStopRule();
}

void ReplayEngine::applyStopRule()
{
    const bool stop = m_options.stopRule == ReplayOptions::StopRule::FirstFailure
        || (m_options.stopRule == ReplayOptions::StopRule::AfterFailures
            && m_stats.failed() >= m_options.maxFailures);
    if (!stop || m_stopping)
        return;
    m_stopping = true;
    for (const auto &[due, position] : m_retries) {
        m_items[position].active = false;
        --m_active;
    }
    m_retries.clear();
}

void ReplayEngine::report()
{
    while (m_reportNext < m_items.size() && m_items[m_reportNext].final) {
        Item &item = m_items[m_reportNext++];
        if (!item.result)
            continue;
        emit resultReady(*item.result);
        item.result->exchange = SendResult(); // bodies are in the store; keep memory flat
    }
}

void ReplayEngine::checkFinished()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (m_stopping && m_inFlight.isEmpty())
        finish(Finish::Stopped);
    else if (!m_stopping && m_next >= m_items.size() && m_active == 0)
        finish(Finish::Completed);
}

void ReplayEngine::finish(Finish how, Error error)
{
    m_timers.cancel(m_wake);
    m_timers.cancel(m_tick);
    m_timers.cancel(m_flush);
    m_retries.clear();
    m_outbox.clear(); // launched but never sent: their intents leave them "maybe sent"
    m_active = 0;
    m_state = State::Finished; // before the journal: a failing write must not recurse
    if (auto ok = journaled() ? m_journal->flush(m_runId) : Result<>(); !ok) {
        error = ok.error();
        how = Finish::Failed;
    }
    for (; how != Finish::Failed && m_reportNext < m_items.size(); ++m_reportNext) {
        if (m_items[m_reportNext].result)
            emit resultReady(*m_items[m_reportNext].result);
    }
    if (m_journal && m_runId && how != Finish::Failed) {
        const RunState stored = how == Finish::Completed ? RunState::Completed
            : how == Finish::Stopped                     ? RunState::Stopped
                                                         : RunState::Cancelled;
        if (auto ok = m_journal->setState(m_runId, stored); !ok) {
            error = ok.error();
            how = Finish::Failed;
        }
    }
    const ReplayProgress last = progress();
    emit progressChanged(last);
    emit stateChanged(m_state);
    if (how == Finish::Failed)
        emit failed(error);
    emit finished(how, last);
}

void ReplayEngine::fail(const Error &error)
{
    m_inFlight.clear();
    m_transport.cancelAll();
    finish(Finish::Failed, error);
}

bool ReplayEngine::journalOk(const Result<> &written)
{
    if (written)
        return true;
    if (m_state != State::Finished)
        fail(written.error());
    return false;
}

void ReplayEngine::armWake(qint64 now)
{
    m_timers.cancel(m_wake);
    m_wake = 0;
    std::optional<qint64> at;
    const qint64 tokenAt = now + m_bucket.waitMs(now);
    if (!m_retries.empty())
        at = std::max(m_retries.begin()->first, tokenAt);
    const bool canStart
        = !m_stopping && m_next < m_items.size() && m_active < m_options.concurrency;
    if (canStart && tokenAt > now)
        at = std::min(at.value_or(tokenAt), tokenAt);
    if (at)
        m_wake = m_timers.callAfter(*at - now, [this] { pump(); });
}

void ReplayEngine::tick()
{
    m_tick = m_timers.callAfter(m_options.progressIntervalMs, [this] { tick(); });
    emit progressChanged(progress());
}

ReplayProgress ReplayEngine::progress() const
{
    return m_stats.snapshot(m_clock.monotonicMs(), int(m_inFlight.size()), int(m_retries.size()));
}

void ReplayEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
