#include "ui/replay/resultrow.h"

#include "core/net/redactor.h"
#include "core/replay/replayresult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString headerLines(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromUtf8(name + ": " + value);
    return lines.join(QLatin1Char('\n'));
}

// The store keeps headers as a JSON object; the details panel shows them as HTTP lines.
QString headerLines(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it)
        lines << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
    return lines.join(QLatin1Char('\n'));
}

ResultRow::Outcome outcomeFrom(const QString &name)
{
    if (name == QLatin1String("passed"))
        return ResultRow::Outcome::Passed;
    if (name == QLatin1String("failed"))
        return ResultRow::Outcome::Failed;
    if (name == QLatin1String("skipped"))
        return ResultRow::Outcome::Skipped;
    return ResultRow::Outcome::Pending;
}

} // namespace

ResultRow ResultRow::fromLive(const ReplayResult &result, const Redactor &redactor)
{
    ResultRow row;
    row.position = result.position;
    row.family = result.family;
    row.name = result.name;
    row.outcome = Outcome(int(result.outcome)); // Passed, Failed, Skipped in the same order
    row.status = result.status;
    row.latencyMs = result.latencyMs;
    row.attempts = result.attempts;
    row.reason = redactor.redactText(result.reason);
    row.resent = result.resent;
    row.earlier = result.fromEarlierSession;
    const SendResult &x = result.exchange;
    row.requestUrl = redactor.redactText(x.url);
    row.requestHeaders = headerLines(redactor.redactHeaders(x.requestHeaders));
    row.requestBody = redactor.redactBytes(x.requestBody);
    row.responseHeaders = headerLines(redactor.redactHeaders(x.responseHeaders));
    row.responseBody = redactor.redactBytes(x.responseBody);
    row.attemptLog = result.attemptLog;
    for (RunAttempt &attempt : row.attemptLog)
        attempt.message = redactor.redactText(attempt.message);
    return row;
}

ResultRow ResultRow::fromEntry(const RunReport::Entry &entry, const QDateTime &runStarted)
{
    ResultRow row;
    const RunResult &r = entry.row;
    row.position = r.position;
    row.family = entry.family;
    row.name = entry.name;
    row.outcome = outcomeFrom(entry.outcome);
    row.status = r.finalStatus;
    row.latencyMs = r.latencyMs;
    row.attempts = r.attempts;
    row.reason = r.failureReason;
    row.resent = entry.resent;
    if (runStarted.isValid() && r.updatedAt.isValid() && row.outcome != Outcome::Pending)
        row.completedMs = qMax<qint64>(0, runStarted.msecsTo(r.updatedAt));
    row.requestUrl = r.requestUrl;
    row.requestHeaders = headerLines(r.requestHeadersJson);
    row.requestBody = r.requestBody;
    row.responseHeaders = headerLines(r.responseHeadersJson);
    row.responseBody = r.responseBody;
    row.attemptLog = r.attemptLog;
    return row;
}

QString ResultRow::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QCoreApplication::translate("ResultRow", "passed");
    case Outcome::Failed:
        return QCoreApplication::translate("ResultRow", "failed");
    case Outcome::Skipped:
        return QCoreApplication::translate("ResultRow", "skipped");
    case Outcome::Pending:
        break;
    }
    return QCoreApplication::translate("ResultRow", "not finished");
}
