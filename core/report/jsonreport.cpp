#include "core/report/jsonreport.h"

#include "core/report/runreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject headers(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonValue msOrNull(qint64 ms)
{
    return ms >= 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

QJsonArray attemptsJson(const QList<RunAttempt> &attempts)
{
    QJsonArray list;
    for (const RunAttempt &a : attempts)
        list.append(QJsonObject {
            {QStringLiteral("attempt"), a.number},
            {QStringLiteral("startedAt"),
                a.startedAt.isValid() ? QJsonValue(a.startedAt.toUTC().toString(Qt::ISODateWithMs))
                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), a.status > 0 ? QJsonValue(a.status) : QJsonValue()},
            {QStringLiteral("error"), a.error.isEmpty() ? QJsonValue() : QJsonValue(a.error)},
            {QStringLiteral("message"), a.message},
            {QStringLiteral("latencyMs"), msOrNull(a.latencyMs)},
            {QStringLiteral("retryAfterMs"), msOrNull(a.retryAfterMs)},
            {QStringLiteral("waitBeforeNextMs"), msOrNull(a.waitMs)},
        });
    return list;
}

QJsonObject entryJson(const RunReport::Entry &e)
{
    const RunResult &r = e.row;
    return QJsonObject {
        {QStringLiteral("position"), r.position},
        {QStringLiteral("family"), e.family},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("outcome"), e.outcome},
        {QStringLiteral("reason"), r.failureReason},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("attemptLog"), attemptsJson(r.attemptLog)},
        {QStringLiteral("status"), r.finalStatus},
        {QStringLiteral("latencyMs"), r.latencyMs},
        {QStringLiteral("requestId"), e.requestId},
        {QStringLiteral("dedupId"), e.dedupId},
        {QStringLiteral("duplicate"), optionalBool(e.duplicate)},
        {QStringLiteral("shouldProcess"), optionalBool(e.shouldProcess)},
        {QStringLiteral("resent"), e.resent},
        {QStringLiteral("error"), e.error},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("finishedAt"), r.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("bodiesTruncated"), r.bodiesTruncated},
        {QStringLiteral("request"),
            QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("url"), r.requestUrl},
                {QStringLiteral("headers"), headers(r.requestHeadersJson)},
                {QStringLiteral("body"), QString::fromUtf8(r.requestBody)}}},
        {QStringLiteral("response"),
            QJsonObject {{QStringLiteral("status"), r.finalStatus},
                {QStringLiteral("headers"), headers(r.responseHeadersJson)},
                {QStringLiteral("body"), QString::fromUtf8(r.responseBody)}}},
    };
}

} // namespace

QJsonObject JsonReport::toJson(const RunReport &report)
{
    const RunRecord &run = report.run();
    QJsonArray events;
    for (const RunReport::Entry &e : report.entries())
        events.append(entryJson(e));
    const QJsonObject summary {
        {QStringLiteral("total"), run.total},
        {QStringLiteral("passed"), report.count(QStringLiteral("passed"))},
        {QStringLiteral("failed"), report.count(QStringLiteral("failed"))},
        {QStringLiteral("skipped"), report.count(QStringLiteral("skipped"))},
        {QStringLiteral("pending"), report.count(QStringLiteral("pending"))},
        {QStringLiteral("resent"), report.resentCount()},
        {QStringLiteral("durationMs"), report.durationMs()},
    };
    return QJsonObject {
        {QStringLiteral("run"),
            QJsonObject {{QStringLiteral("id"), run.id}, {QStringLiteral("set"), run.setName},
                {QStringLiteral("target"), run.targetName},
                {QStringLiteral("state"), RunReport::stateName(run.state)},
                {QStringLiteral("startedAt"), run.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("finishedAt"),
                    run.finishedAt.isValid() ? run.finishedAt.toUTC().toString(Qt::ISODateWithMs)
                                             : QString()}}},
        {QStringLiteral("options"), report.options()},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("events"), events},
    };
}

QByteArray JsonReport::render(const RunReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}
