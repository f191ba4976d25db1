#pragma once

#include "core/common/result.h"
#include "core/storage/runrecord.h"
#include "core/storage/runresult.h"
#include "core/storage/runtiming.h"

#include <QHash>
#include <QList>

class StoreDatabase;

// Replay runs and their per-event results. A result row goes Intent (written before the request
// leaves) -> Sent (it left) -> Done (final outcome); run counts follow the Done rows.
class RunStore final
{
public:
    explicit RunStore(StoreDatabase &db)
        : m_db(db)
    { }

    Result<qint64> create(const RunRecord &run);
    Result<RunRecord> run(qint64 runId) const;
    // Newest first.
    Result<QList<RunRecord>> recent(int limit) const;
    // Runs still Running or Paused: after a crash these are the ones to resume or mark Crashed.
    Result<QList<RunRecord>> unfinished() const;
    // Sets the state; Completed, Cancelled and Crashed also set finishedAt.
    Result<> setState(qint64 runId, RunState state);
    Result<> setTotal(qint64 runId, qint64 total);

    Result<> recordIntent(qint64 runId, int position, qint64 eventId);
    // Counts one attempt; the row must hold an intent.
    Result<> markSent(qint64 runId, int position);
    // Final outcome for result.runId/result.position; refuses a position with no intent or
    // one already done.
    Result<> recordResult(const RunResult &result);
    // Intents (position -> event id) then final results, in one transaction: the journal
    // batches its writes so a replay does not pay one commit per row.
    Result<> recordBatch(
        qint64 runId, const QList<QPair<int, qint64>> &intents, const QList<RunResult> &results);
    // In position order from `from`, at most `limit` (-1: all).
    Result<QList<RunResult>> results(qint64 runId, int from = 0, int limit = -1) const;
    // Positions with an intent or sent row but no final result.
    Result<QList<RunResult>> pending(qint64 runId) const;

    // Duration and latency percentiles of each of `runIds` (a run with no rows still gets its
    // duration when finished), by SQL over the timing columns: no result body is read.
    Result<QHash<qint64, RunTiming>> timings(const QList<qint64> &runIds) const;

    static QString stateName(RunState state);
    static QString resultStateName(RunResultState state);

private:
    Result<> addDurations(const QString &placeholders, const QVariantList &ids,
        QHash<qint64, RunTiming> &timings) const;
    Result<> addPercentiles(const QString &placeholders, const QVariantList &ids,
        QHash<qint64, RunTiming> &timings) const;
    Result<QList<RunRecord>> selectRuns(const QString &where, const QVariantList &values) const;
    Result<QList<RunResult>> selectResults(const QString &where, const QVariantList &values) const;
    Result<> updateResult(const QString &set, const QVariantList &values, qint64 runId,
        int position, const QString &requiredStates);

    StoreDatabase &m_db;
};
