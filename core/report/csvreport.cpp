#include "core/report/csvreport.h"

#include "core/report/runreport.h"

namespace {

QString yesNo(const std::optional<bool> &value)
{
    return !value ? QString() : *value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString CsvReport::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front())) {
        bool numeric = false;
        v.toDouble(&numeric);
        if (!numeric)
            v.prepend(QLatin1Char('\''));
    }
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"'))
        && !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')))
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray CsvReport::render(const RunReport &report)
{
    QString out = QStringLiteral("position,family,name,outcome,status,attempts,latency_ms,"
                                 "duplicate,resent,request_id,dedup_id,reason,request_url,"
                                 "request_body,response_body\r\n");
    for (const RunReport::Entry &e : report.entries()) {
        const RunResult &r = e.row;
        const QStringList cells = {QString::number(r.position), e.family, e.name, e.outcome,
            r.finalStatus ? QString::number(r.finalStatus) : QString(), QString::number(r.attempts),
            r.latencyMs >= 0 ? QString::number(r.latencyMs) : QString(), yesNo(e.duplicate),
            e.resent ? QStringLiteral("true") : QStringLiteral("false"), e.requestId, e.dedupId,
            r.failureReason, r.requestUrl, QString::fromUtf8(r.requestBody),
            QString::fromUtf8(r.responseBody)};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
