#include "core/report/runreport.h"

#include "core/storage/runstore.h"

#include <QJsonDocument>

namespace {

std::optional<bool> optionalBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QString outcomeOf(const RunResult &row)
{
    if (row.state != RunResultState::Done)
        return QStringLiteral("pending");
    if (row.passed)
        return QStringLiteral("passed");
    return row.skipped ? QStringLiteral("skipped") : QStringLiteral("failed");
}

} // namespace

Result<RunReport> RunReport::load(const RunStore &store, qint64 runId, const Redactor &redactor)
{
    auto run = store.run(runId);
    if (!run)
        return run.error();
    auto rows = store.results(runId);
    if (!rows)
        return rows.error();
    return fromRows(run.value(), rows.value(), redactor);
}

RunReport RunReport::fromRows(
    const RunRecord &run, const QList<RunResult> &rows, const Redactor &redactor)
{
    RunReport report;
    report.m_run = run;
    report.m_run.setName = redactor.redactText(run.setName);
    report.m_run.targetName = redactor.redactText(run.targetName);
    const QJsonObject options = QJsonDocument::fromJson(run.optionsJson.toUtf8()).object();
    report.m_options = QJsonDocument::fromJson(
        redactor.redactText(QString::fromUtf8(QJsonDocument(options).toJson())).toUtf8())
                           .object();
    report.m_run.optionsJson.clear();
    report.m_entries.reserve(rows.size());
    for (const RunResult &row : rows)
        report.m_entries.append(entryFrom(row, redactor));
    return report;
}

RunReport::Entry RunReport::entryFrom(const RunResult &row, const Redactor &redactor)
{
    Entry e;
    e.row = row;
    e.row.responseSummary = redactor.redactText(row.responseSummary);
    e.row.failureReason = redactor.redactText(row.failureReason);
    e.row.requestUrl = redactor.redactText(row.requestUrl);
    e.row.requestHeadersJson = redactor.redactText(row.requestHeadersJson);
    e.row.responseHeadersJson = redactor.redactText(row.responseHeadersJson);
    e.row.requestBody = redactor.redactBytes(row.requestBody);
    e.row.responseBody = redactor.redactBytes(row.responseBody);
    for (RunAttempt &attempt : e.row.attemptLog)
        attempt.message = redactor.redactText(attempt.message);
    const QJsonObject o = QJsonDocument::fromJson(e.row.responseSummary.toUtf8()).object();
    e.family = o.value(QStringLiteral("family")).toString();
    e.name = o.value(QStringLiteral("name")).toString();
    e.outcome = outcomeOf(row);
    e.requestId = o.value(QStringLiteral("requestId")).toString();
    e.dedupId = o.value(QStringLiteral("dedupId")).toString();
    e.duplicate = optionalBool(o, QStringLiteral("duplicate"));
    e.shouldProcess = optionalBool(o, QStringLiteral("shouldProcess"));
    e.resent = o.value(QStringLiteral("resent")).toBool();
    e.error = o.value(QStringLiteral("error")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    return e;
}

QString RunReport::title() const
{
    const QString set = m_run.setName.isEmpty() ? QStringLiteral("replay") : m_run.setName;
    return m_run.targetName.isEmpty() ? set : set + QStringLiteral(" \u2192 ") + m_run.targetName;
}

qint64 RunReport::count(const QString &outcome) const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
        [&outcome](const Entry &e) { return e.outcome == outcome; });
}

qint64 RunReport::durationMs() const
{
    qint64 last = m_run.finishedAt.isValid() ? m_run.finishedAt.toMSecsSinceEpoch() : 0;
    for (const Entry &e : m_entries)
        last = qMax(last, e.row.updatedAt.toMSecsSinceEpoch());
    return m_run.startedAt.isValid() ? qMax<qint64>(0, last - m_run.startedAt.toMSecsSinceEpoch())
                                     : 0;
}

qint64 RunReport::resentCount() const
{
    return std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.resent; });
}

QString RunReport::stateName(RunState state)
{
    return RunStore::stateName(state);
}
