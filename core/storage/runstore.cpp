#include "core/storage/runstore.h"

#include "core/common/clock.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

RunState parseState(const QString &name)
{
    for (RunState s : {RunState::Running, RunState::Paused, RunState::Completed,
             RunState::Cancelled, RunState::Crashed, RunState::Stopped}) {
        if (RunStore::stateName(s) == name)
            return s;
    }
    return RunState::Crashed;
}

RunResultState parseResultState(const QString &name)
{
    if (name == QLatin1String("done"))
        return RunResultState::Done;
    return name == QLatin1String("sent") ? RunResultState::Sent : RunResultState::Intent;
}

bool isFinal(RunState state)
{
    return state == RunState::Completed || state == RunState::Cancelled
        || state == RunState::Crashed || state == RunState::Stopped;
}

const QString IntentSql
    = QStringLiteral("INSERT INTO run_results (run_id, position, event_id, state, updated_at)"
                     " VALUES (?, ?, ?, 'intent', ?) ON CONFLICT (run_id, position) DO UPDATE SET"
                     " state = 'intent', updated_at = excluded.updated_at WHERE state <> 'done'");

const QString ResultSet
    = QStringLiteral("state = 'done', attempts = max(attempts, ?), final_status = ?,"
                     " response_summary = ?, latency_ms = ?, passed = ?, failure_reason = ?,"
                     " outcome = ?, request_url = ?, request_headers = ?, request_body = ?,"
                     " response_headers = ?, response_body = ?, bodies_truncated = ?,"
                     " attempt_log = ?");

const QString ResultStates = QStringLiteral("'intent', 'sent'");

QString updateSql(const QString &set, const QString &requiredStates)
{
    return QStringLiteral("UPDATE run_results SET %1, updated_at = ? WHERE run_id = ?"
                          " AND position = ? AND state IN (%2)")
        .arg(set, requiredStates);
}

QVariantList resultValues(const RunResult &r)
{
    const QString outcome = r.passed ? QStringLiteral("passed")
        : r.skipped                  ? QStringLiteral("skipped")
                                     : QStringLiteral("failed");
    return {r.attempts, r.finalStatus > 0 ? QVariant(r.finalStatus) : QVariant(), r.responseSummary,
        StoreSql::msOrNull(r.latencyMs), r.passed ? 1 : 0, r.failureReason, outcome, r.requestUrl,
        r.requestHeadersJson, r.requestBody, r.responseHeadersJson, r.responseBody,
        r.bodiesTruncated ? 1 : 0, RunAttempt::listToJson(r.attemptLog)};
}

// Binds and runs a query prepared once, so a batch does not parse its SQL per row.
Result<> execPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, StoreSql::notNull(values.at(i)));
    return StoreSql::exec(query, QStringLiteral("Writing a run result"));
}

Error finalError(qint64 runId, int position)
{
    return Error {StoreErrors::ResultFinal,
        QCoreApplication::translate(
            "RunStore", "Position %1 of run %2 already has its final result.")
            .arg(position)
            .arg(runId)};
}

Error outOfOrderError(qint64 runId, int position, const QString &requiredStates)
{
    return Error {StoreErrors::ResultOutOfOrder,
        QCoreApplication::translate("RunStore",
            "Position %1 of run %2 is not in state %3; record the "
            "intent before sending and the result only once.")
            .arg(position)
            .arg(runId)
            .arg(requiredStates)};
}

} // namespace

QString RunStore::stateName(RunState state)
{
    switch (state) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Paused:
        return QStringLiteral("paused");
    case RunState::Completed:
        return QStringLiteral("completed");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Stopped:
        return QStringLiteral("stopped");
    case RunState::Crashed:
        break;
    }
    return QStringLiteral("crashed");
}

QString RunStore::resultStateName(RunResultState state)
{
    switch (state) {
    case RunResultState::Intent:
        return QStringLiteral("intent");
    case RunResultState::Sent:
        return QStringLiteral("sent");
    case RunResultState::Done:
        break;
    }
    return QStringLiteral("done");
}

Result<qint64> RunStore::create(const RunRecord &run)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    const QDateTime started = run.startedAt.isValid() ? run.startedAt : m_db.clock().now();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO runs (set_id, set_name, target_id, target_name,"
                       " options, state, started_at, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {StoreSql::idOrNull(run.setId), run.setName, StoreSql::idOrNull(run.targetId),
            run.targetName, run.optionsJson, stateName(run.state), StoreSql::toMs(started),
            run.total}));
    return query.lastInsertId().toLongLong();
}

Result<RunRecord> RunStore::run(qint64 runId) const
{
    auto runs = selectRuns(QStringLiteral("WHERE id = ?"), {runId});
    if (!runs)
        return runs.error();
    if (runs.value().isEmpty())
        return StoreSql::notFound(QStringLiteral("run"), runId);
    return runs.value().constFirst();
}

Result<QList<RunRecord>> RunStore::recent(int limit) const
{
    return selectRuns(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<QList<RunRecord>> RunStore::unfinished() const
{
    return selectRuns(QStringLiteral("WHERE state IN ('running', 'paused') ORDER BY id"), {});
}

Result<> RunStore::setState(qint64 runId, RunState state)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    const QVariant finished = isFinal(state) ? StoreSql::toMs(m_db.clock().now()) : QVariant();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("UPDATE runs SET state = ?, finished_at = ?"
                       " WHERE id = ?"),
        {stateName(state), finished, runId}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("run"), runId);
    return {};
}

Result<> RunStore::setTotal(qint64 runId, qint64 total)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(
        query, QStringLiteral("UPDATE runs SET total = ? WHERE id = ?"), {total, runId}));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("run"), runId);
    return {};
}

Result<> RunStore::recordIntent(qint64 runId, int position, qint64 eventId)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    // A retry re-records its intent; a final result is never reopened.
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query, IntentSql,
        {runId, position, StoreSql::idOrNull(eventId), StoreSql::toMs(m_db.clock().now())}));
    if (query.numRowsAffected() == 0)
        return finalError(runId, position);
    return {};
}

Result<> RunStore::markSent(qint64 runId, int position)
{
    return updateResult(QStringLiteral("state = 'sent', attempts = attempts + 1"), {}, runId,
        position, QStringLiteral("'intent'"));
}

Result<> RunStore::recordResult(const RunResult &r)
{
    return updateResult(ResultSet, resultValues(r), r.runId, r.position, ResultStates);
}

Result<> RunStore::recordBatch(
    qint64 runId, const QList<QPair<int, qint64>> &intents, const QList<RunResult> &results)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    StoreTransaction transaction(m_db);
    ES_TRY(transaction.begin());
    const QVariant now = StoreSql::toMs(m_db.clock().now());
    QSqlQuery intent(m_db.db());
    ES_TRY(StoreSql::prepare(intent, IntentSql));
    for (const auto &[position, eventId] : intents) {
        ES_TRY(execPrepared(intent, {runId, position, StoreSql::idOrNull(eventId), now}));
        if (intent.numRowsAffected() == 0)
            return finalError(runId, position);
    }
    QSqlQuery result(m_db.db());
    ES_TRY(StoreSql::prepare(result, updateSql(ResultSet, ResultStates)));
    for (const RunResult &r : results) {
        ES_TRY(execPrepared(result, resultValues(r) + QVariantList {now, runId, r.position}));
        if (result.numRowsAffected() == 0)
            return outOfOrderError(runId, r.position, ResultStates);
    }
    ES_TRY(transaction.commit());
    return {};
}

Result<> RunStore::updateResult(const QString &set, const QVariantList &values, qint64 runId,
    int position, const QString &requiredStates)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query, updateSql(set, requiredStates),
        values + QVariantList {StoreSql::toMs(m_db.clock().now()), runId, position}));
    if (query.numRowsAffected() == 0)
        return outOfOrderError(runId, position, requiredStates);
    return {};
}

Result<QList<RunResult>> RunStore::results(qint64 runId, int from, int limit) const
{
    return selectResults(QStringLiteral("WHERE run_id = ? AND position >= ? ORDER BY position"
                                        " LIMIT ?"),
        {runId, from, limit});
}

Result<QList<RunResult>> RunStore::pending(qint64 runId) const
{
    return selectResults(
        QStringLiteral("WHERE run_id = ? AND state <> 'done' ORDER BY position"), {runId});
}

Result<QHash<qint64, RunTiming>> RunStore::timings(const QList<qint64> &runIds) const
{
    QHash<qint64, RunTiming> timings;
    if (runIds.isEmpty())
        return timings;
    QVariantList ids;
    for (const qint64 id : runIds)
        ids << id;
    QStringList marks;
    marks.fill(QStringLiteral("?"), runIds.size());
    const QString placeholders = marks.join(QLatin1Char(','));
    ES_TRY(addDurations(placeholders, ids, timings));
    ES_TRY(addPercentiles(placeholders, ids, timings));
    return timings;
}

// Up to the finish or the last result written, whichever is later: a cancelled run's finish may
// come before its last in-flight answer, and an unfinished run has only its results.
Result<> RunStore::addDurations(
    const QString &placeholders, const QVariantList &ids, QHash<qint64, RunTiming> &timings) const
{
    const QString sql = QStringLiteral(
        "SELECT id, started_at, max(coalesce(finished_at, 0), coalesce((SELECT max(updated_at)"
        " FROM run_results WHERE run_id = runs.id), 0)) FROM runs WHERE id IN (%1)");
    auto selected = StoreSql::select(m_db.db(), sql.arg(placeholders), ids);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    while (query.next()) {
        RunTiming &timing = timings[query.value(0).toLongLong()];
        timing.runId = query.value(0).toLongLong();
        const qint64 started = query.value(1).toLongLong();
        const qint64 last = query.value(2).toLongLong();
        timing.durationMs = last > 0 ? qMax<qint64>(0, last - started) : -1;
    }
    return {};
}

// Nearest rank, as ReplayStats: the ceil(n * p / 100)-th smallest latency. SQLite ranks the
// latencies itself, so only the two chosen rows per run come back.
Result<> RunStore::addPercentiles(
    const QString &placeholders, const QVariantList &ids, QHash<qint64, RunTiming> &timings) const
{
    const QString sql = QStringLiteral(
        "SELECT run_id, rank, n, latency_ms FROM (SELECT run_id, latency_ms, row_number() OVER"
        " (PARTITION BY run_id ORDER BY latency_ms) AS rank, count(*) OVER (PARTITION BY"
        " run_id) AS n FROM run_results WHERE run_id IN (%1) AND state = 'done' AND latency_ms"
        " IS NOT NULL) WHERE rank IN ((n * 50 + 99) / 100, (n * 99 + 99) / 100)");
    auto selected = StoreSql::select(m_db.db(), sql.arg(placeholders), ids);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    while (query.next()) {
        RunTiming &timing = timings[query.value(0).toLongLong()];
        const qint64 rank = query.value(1).toLongLong();
        const qint64 count = query.value(2).toLongLong();
        const qint64 latency = query.value(3).toLongLong();
        if (rank == (count * 50 + 99) / 100)
            timing.latencyP50Ms = latency;
        if (rank == (count * 99 + 99) / 100)
            timing.latencyP99Ms = latency;
    }
    return {};
}

Result<QList<RunRecord>> RunStore::selectRuns(
    const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral(
        "SELECT id, set_id, set_name, target_id, target_name, options, state, started_at,"
        " finished_at, total, done, passed, failed, skipped FROM runs %1");
    auto selected = StoreSql::select(m_db.db(), sql.arg(where), values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<RunRecord> runs;
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toLongLong();
        run.setId = query.value(1).toLongLong();
        run.setName = query.value(2).toString();
        run.targetId = query.value(3).toLongLong();
        run.targetName = query.value(4).toString();
        run.optionsJson = query.value(5).toString();
        run.state = parseState(query.value(6).toString());
        run.startedAt = StoreSql::fromMs(query.value(7));
        run.finishedAt = StoreSql::fromMs(query.value(8));
        run.total = query.value(9).toLongLong();
        run.done = query.value(10).toLongLong();
        run.passed = query.value(11).toLongLong();
        run.failed = query.value(12).toLongLong();
        run.skipped = query.value(13).toLongLong();
        runs << run;
    }
    return runs;
}

Result<QList<RunResult>> RunStore::selectResults(
    const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral(
        "SELECT run_id, position, event_id, state, attempts, final_status, response_summary,"
        " latency_ms, passed, failure_reason, updated_at, outcome, request_url, request_headers,"
        " request_body, response_headers, response_body, bodies_truncated, attempt_log"
        " FROM run_results %1");
    auto selected = StoreSql::select(m_db.db(), sql.arg(where), values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<RunResult> results;
    while (query.next()) {
        RunResult r;
        r.runId = query.value(0).toLongLong();
        r.position = query.value(1).toInt();
        r.eventId = query.value(2).toLongLong();
        r.state = parseResultState(query.value(3).toString());
        r.attempts = query.value(4).toInt();
        r.finalStatus = query.value(5).toInt();
        r.responseSummary = query.value(6).toString();
        r.latencyMs = query.isNull(7) ? -1 : query.value(7).toLongLong();
        r.passed = query.value(8).toInt() == 1;
        r.failureReason = query.value(9).toString();
        r.updatedAt = StoreSql::fromMs(query.value(10));
        r.skipped = query.value(11).toString() == QLatin1String("skipped");
        r.requestUrl = query.value(12).toString();
        r.requestHeadersJson = query.value(13).toString();
        r.requestBody = query.value(14).toByteArray();
        r.responseHeadersJson = query.value(15).toString();
        r.responseBody = query.value(16).toByteArray();
        r.bodiesTruncated = query.value(17).toInt() == 1;
        r.attemptLog = RunAttempt::listFromJson(query.value(18).toString());
        results << r;
    }
    return results;
}
