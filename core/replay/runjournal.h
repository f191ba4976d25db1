#pragma once

#include "core/replay/plannedevent.h"
#include "core/replay/replayoptions.h"
#include "core/replay/replayresult.h"

#include "core/common/result.h"
#include "core/net/redactor.h"
#include "core/storage/runrecord.h"
#include "core/storage/runresult.h"

#include <QHash>
#include <QSet>

class RunStore;

// The replay's write-ahead journal on the store's run tables: the run row with its options, an
// intent before every attempt, "sent" once it left, the final result with a JSON summary of the
// answer. load() gives a resume what it needs: final results and "maybe sent" positions.
class RunJournal final
{
public:
    struct Resume
    {
        RunRecord run;
        ReplayOptions options;
        QHash<int, ReplayResult> done; // position -> final result from an earlier session
        QSet<int> maybeSent; // intent or sent recorded, no final result
    };

    explicit RunJournal(RunStore &store)
        : m_store(store)
    { }

    // Secrets (the API key) masked in every URL, header and body the journal keeps.
    void setRedactor(const Redactor &redactor)
    {
        m_redactor = redactor;
        m_last = {};
    }

    Result<qint64> begin(RunRecord run, const ReplayOptions &options, qint64 total);
    Result<Resume> load(qint64 runId) const;
    Result<> intent(qint64 runId, const PlannedEvent &event);
    Result<> sent(qint64 runId, int position);
    Result<> finish(qint64 runId, const PlannedEvent &event, const ReplayResult &result);
    Result<> setState(qint64 runId, RunState state);

    // Batched writes: queued intents and results reach the store together at flush(), intents
    // first. The caller flushes before sending a queued intent's request and before reporting
    // a queued result, so "intent before the send" and "reported means stored" both hold.
    void queueIntent(const PlannedEvent &event);
    void queueResult(qint64 runId, const PlannedEvent &event, const ReplayResult &result);
    bool hasQueued() const { return !m_intents.isEmpty() || !m_results.isEmpty(); }
    bool hasQueuedIntents() const { return !m_intents.isEmpty(); }
    qsizetype queuedResults() const { return m_results.size(); }
    Result<> flush(qint64 runId);
    // Drops what an engine that ended without finishing (a crash) left queued.
    void discardQueued();

    // The answer of one event as kept in run_results.response_summary.
    static QString summaryJson(const ReplayResult &result);
    static ReplayResult fromSummary(int position, const QString &json, const QString &reason,
        bool passed, int attempts, int status, qint64 latencyMs);

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

private:
    void keepExchange(RunResult &row, const PlannedEvent &event, const SendResult &x) const;
    QList<RunAttempt> redactedAttempts(const QList<RunAttempt> &attempts) const;
    RunResult resultRow(qint64 runId, const PlannedEvent &event, const ReplayResult &result) const;

    // The same request headers and URL come with every event of a run: their stored forms are
    // kept from the last event instead of being redacted and serialised again.
    struct Recorded
    {
        QList<SendResult::Header> from;
        QString json;
        QString url;
        QString storedUrl;
    };

    RunStore &m_store;
    Redactor m_redactor;
    mutable Recorded m_last;
    QList<QPair<int, qint64>> m_intents;
    QList<RunResult> m_results;
};
