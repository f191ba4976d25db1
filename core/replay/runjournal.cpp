#include "core/replay/runjournal.h"

#include "core/storage/runstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

constexpr qsizetype KeptBodyBytes = 2048;

void putOptional(QJsonObject &o, const QString &key, const std::optional<bool> &value)
{
    if (value)
        o.insert(key, *value);
}

QString headersJson(const QList<SendResult::Header> &headers)
{
    QJsonObject o;
    for (const auto &h : headers)
        o.insert(QString::fromUtf8(h.first), QString::fromUtf8(h.second));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<bool> takeOptional(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

Result<qint64> RunJournal::begin(RunRecord run, const ReplayOptions &options, qint64 total)
{
    run.optionsJson
        = QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));
    run.state = RunState::Running;
    run.total = total;
    return m_store.create(run);
}

Result<> RunJournal::intent(qint64 runId, const PlannedEvent &event)
{
    return m_store.recordIntent(runId, event.position, event.storedEventId);
}

Result<> RunJournal::sent(qint64 runId, int position)
{
    return m_store.markSent(runId, position);
}

Result<> RunJournal::finish(qint64 runId, const PlannedEvent &event, const ReplayResult &result)
{
    if (result.attempts == 0) { // skipped or judged without sending: no intent was needed
        if (auto ok = m_store.recordIntent(runId, event.position, event.storedEventId); !ok)
            return ok;
    }
    return m_store.recordResult(resultRow(runId, event, result));
}

void RunJournal::queueIntent(const PlannedEvent &event)
{
    m_intents.append({event.position, event.storedEventId});
}

void RunJournal::queueResult(qint64 runId, const PlannedEvent &event, const ReplayResult &result)
{
    if (result.attempts == 0) // skipped or judged without sending: no intent was needed
        queueIntent(event);
    m_results.append(resultRow(runId, event, result));
}

Result<> RunJournal::flush(qint64 runId)
{
    if (!hasQueued())
        return {};
    const auto written = m_store.recordBatch(runId, m_intents, m_results);
    m_intents.clear();
    m_results.clear();
    return written;
}

void RunJournal::discardQueued()
{
    m_intents.clear();
    m_results.clear();
}

RunResult RunJournal::resultRow(
    qint64 runId, const PlannedEvent &event, const ReplayResult &result) const
{
    RunResult row;
    row.runId = runId;
    row.position = event.position;
    row.eventId = event.storedEventId;
    row.attempts = result.attempts;
    row.finalStatus = result.status;
    row.responseSummary = m_redactor.redactText(summaryJson(result));
    row.latencyMs = result.latencyMs;
    row.passed = result.passed();
    row.skipped = result.outcome == ReplayResult::Outcome::Skipped;
    row.failureReason = m_redactor.redactText(result.reason);
    row.attemptLog = redactedAttempts(result.attemptLog);
    keepExchange(row, event, result.exchange);
    return row;
}

QList<RunAttempt> RunJournal::redactedAttempts(const QList<RunAttempt> &attempts) const
{
    QList<RunAttempt> kept = attempts;
    for (RunAttempt &attempt : kept)
        attempt.message = m_redactor.redactText(attempt.message);
    return kept;
}

void RunJournal::keepExchange(RunResult &row, const PlannedEvent &event, const SendResult &x) const
{
    // A skipped event never left: keep the body it would have had, so reports can show it.
    const QByteArray request = x.requestBody.isEmpty() ? event.body : x.requestBody;
    if (x.url != m_last.url) {
        m_last.url = x.url;
        m_last.storedUrl = x.url.isEmpty() ? QString() : m_redactor.redactUrl(QUrl(x.url));
    }
    row.requestUrl = m_last.storedUrl;
    if (x.requestHeaders != m_last.from || m_last.json.isNull()) {
        m_last.from = x.requestHeaders;
        m_last.json = headersJson(m_redactor.redactHeaders(x.requestHeaders));
    }
    row.requestHeadersJson = m_last.json;
    row.requestBody = m_redactor.redactBytes(request.left(MaxBodyBytes));
    row.responseHeadersJson = headersJson(m_redactor.redactHeaders(x.responseHeaders));
    row.responseBody = m_redactor.redactBytes(x.responseBody.left(MaxBodyBytes));
    row.bodiesTruncated
        = x.bodyTruncated || request.size() > MaxBodyBytes || x.responseBody.size() > MaxBodyBytes;
}

Result<> RunJournal::setState(qint64 runId, RunState state)
{
    return m_store.setState(runId, state);
}

QString RunJournal::summaryJson(const ReplayResult &r)
{
    QJsonObject o {{QStringLiteral("outcome"), ReplayResult::outcomeName(r.outcome)},
        {QStringLiteral("family"), r.family}, {QStringLiteral("name"), r.name},
        {QStringLiteral("dedupId"), r.dedupId}};
    if (!r.requestId.isEmpty())
        o.insert(QStringLiteral("requestId"), r.requestId);
    putOptional(o, QStringLiteral("duplicate"), r.duplicate);
    putOptional(o, QStringLiteral("shouldProcess"), r.shouldProcess);
    if (r.resent)
        o.insert(QStringLiteral("resent"), true);
    const SendResult &x = r.exchange;
    if (!x.transportOk() && x.errorKind != SendResult::ErrorKind::Cancelled)
        o.insert(QStringLiteral("error"), SendResult::errorKindName(x.errorKind));
    if (x.envelope && !x.envelope->message.isEmpty())
        o.insert(QStringLiteral("message"), x.envelope->message);
    if (!x.responseBody.isEmpty())
        o.insert(QStringLiteral("response"), QString::fromUtf8(x.responseBody.left(KeptBodyBytes)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReplayResult RunJournal::fromSummary(int position, const QString &json, const QString &reason,
    bool passed, int attempts, int status, qint64 latencyMs)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ReplayResult r;
    r.position = position;
    r.family = o.value(QStringLiteral("family")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    r.outcome = outcome == QLatin1String("skipped") ? ReplayResult::Outcome::Skipped
        : passed                                    ? ReplayResult::Outcome::Passed
                                                    : ReplayResult::Outcome::Failed;
    r.reason = reason;
    r.attempts = attempts;
    r.status = status;
    r.latencyMs = latencyMs;
    r.requestId = o.value(QStringLiteral("requestId")).toString();
    r.duplicate = takeOptional(o, QStringLiteral("duplicate"));
    r.shouldProcess = takeOptional(o, QStringLiteral("shouldProcess"));
    r.dedupId = o.value(QStringLiteral("dedupId")).toString();
    r.resent = o.value(QStringLiteral("resent")).toBool();
    r.fromEarlierSession = true;
    return r;
}

Result<RunJournal::Resume> RunJournal::load(qint64 runId) const
{
    auto run = m_store.run(runId);
    if (!run)
        return run.error();
    auto options = ReplayOptions::fromJson(
        QJsonDocument::fromJson(run.value().optionsJson.toUtf8()).object());
    if (!options)
        return options.error();
    auto rows = m_store.results(runId);
    if (!rows)
        return rows.error();
    Resume resume {run.value(), options.value(), {}, {}};
    for (const RunResult &row : rows.value()) {
        if (row.state != RunResultState::Done) {
            resume.maybeSent.insert(row.position);
            continue;
        }
        ReplayResult done = fromSummary(row.position, row.responseSummary, row.failureReason,
            row.passed, row.attempts, row.finalStatus, row.latencyMs);
        done.attemptLog = row.attemptLog;
        resume.done.insert(row.position, done);
    }
    return resume;
}
