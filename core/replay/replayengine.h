#pragma once

#include "core/replay/plannedevent.h"
#include "core/replay/replayevent.h"
#include "core/replay/replayoptions.h"
#include "core/replay/replayprogress.h"
#include "core/replay/replayresult.h"
#include "core/replay/replaystats.h"
#include "core/replay/tokenbucket.h"

#include "core/common/result.h"
#include "core/net/sendrequest.h"
#include "core/storage/runrecord.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <optional>
#include <set>

class Clock;
class ReplayTransport;
class RunJournal;
class TimerSource;
class Validator;

// Replays a set against a target: bounded concurrency (1 = strict order), a token-bucket rate
// limit, retries by the sender's policy (Retry-After honoured), stop rules, pause/resume/cancel,
// and a journal in the store that lets a run killed at any moment be resumed without sending a
// finished event twice. Results come out in set order; progress a few times a second. Time and
// sending are injected (Clock, TimerSource, ReplayTransport) so all of it runs on a manual clock.
class ReplayEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayEngine)

public:
    enum class State { Idle, Running, Paused, Finished };
    enum class Finish { Completed, Stopped, Cancelled, Failed };
    Q_ENUM(State)
    Q_ENUM(Finish)

    ReplayEngine(ReplayTransport &transport, const Clock &clock, TimerSource &timers,
        QObject *parent = nullptr);
    ~ReplayEngine() override;

    // Validates each event first (skip or send those with errors; dry runs need it).
    void setValidator(const Validator *validator) { m_validator = validator; }
    // Streams the run into the store; needed to resume. Not used by dry runs.
    void setJournal(RunJournal *journal) { m_journal = journal; }
    // Target, API key and receiver port of every request; family and body come per event.
    void setRequestTemplate(const SendRequest &request) { m_template = request; }

    // Starts a run; returns its id in the store (0 without a journal). `run` names the set
    // and target for the store.
    Result<qint64> start(const QVector<ReplayEvent> &events, const ReplayOptions &options,
        const RunRecord &run = {});
    // Continues a stored run with the same set: final results are kept, "maybe sent" events
    // are sent again (the run's eventIds let the server drop them if they had arrived).
    Result<qint64> resumeRun(qint64 runId, const QVector<ReplayEvent> &events);
    void pause();
    void resume();
    // Stops at once; events on the wire stay "maybe sent" and a resume sends them again.
    void cancel();

    State state() const { return m_state; }
    qint64 runId() const { return m_runId; }
    const ReplayOptions &options() const { return m_options; }
    ReplayProgress progress() const;

signals:
    void resultReady(const ReplayResult &result); // final results, in set order
    void progressChanged(const ReplayProgress &progress);
    void stateChanged(ReplayEngine::State state);
    // Why a run failed (the store refused a write); emitted just before finished(Failed).
    void failed(const Error &error);
    void finished(ReplayEngine::Finish how, const ReplayProgress &progress);

private:
    struct Item
    {
        PlannedEvent plan;
        bool final = false;
        bool active = false; // on the wire or waiting for a retry
        bool maybeSent = false;
        int attempts = 0;
        std::optional<ReplayResult> result;
        QList<RunAttempt> log; // of this session
    };

    Result<> prepare(const QVector<ReplayEvent> &events, const ReplayOptions &options);
    void begin();
    void pump();
    void launchDueRetries(qint64 now);
    void launchNew(qint64 now);
    void launch(int position, qint64 now);
    void recordIntentsAhead();
    bool settle(bool flushResults = false);
    bool journaled() const { return m_journal && m_runId; }
    void onFinished(const SendResult &result);
    void noteAnswer(Item &item, const SendResult &result) const;
    void complete(Item &item, ReplayResult result);
    void applyStopRule();
    void report();
    void checkFinished();
    void finish(Finish how, Error error = {});
    void fail(const Error &error);
    void armWake(qint64 now);
    void tick();
    void setState(State state);
    bool journalOk(const Result<> &written);

    ReplayTransport &m_transport;
    const Clock &m_clock;
    TimerSource &m_timers;
    const Validator *m_validator = nullptr;
    RunJournal *m_journal = nullptr;
    SendRequest m_template;
    ReplayOptions m_options;
    std::optional<RetryPolicy> m_policy;
    TokenBucket m_bucket;
    ReplayStats m_stats;
    QVector<Item> m_items;
    QHash<quint64, int> m_inFlight; // request id -> position
    QVector<int> m_outbox; // launched, sent once their intents are stored
    std::set<std::pair<qint64, int>> m_retries; // (due, position)
    State m_state = State::Idle;
    qint64 m_runId = 0;
    int m_next = 0; // first position never started
    int m_reportNext = 0; // first position not yet reported
    int m_active = 0;
    // The journal's intents are written for this many upcoming events at once, and results
    // are written every FlushMs or FlushResults, whichever comes first: one transaction per
    // event capped the replay well below the server's pace.
    static constexpr int IntentsAhead = 64;
    // A server's message is kept with each attempt up to this many characters.
    static constexpr int MaxAttemptMessage = 200;
    static constexpr qint64 FlushMs = 10;
    static constexpr qsizetype FlushResults = 256;
    bool m_stopping = false;
    quint64 m_wake = 0;
    quint64 m_tick = 0;
    quint64 m_flush = 0; // pending flush of the journal's queued results
    int m_intentsUpTo = 0; // positions below have their intent queued or stored
};
