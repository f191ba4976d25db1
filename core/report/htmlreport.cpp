#include "core/report/htmlreport.h"

#include "core/report/junitreport.h"
#include "core/report/reportcharts.h"
#include "core/report/runreport.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace {

const char *const Style = R"(
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
tr.failed td.outcome { color: #b00020; font-weight: bold; }
tr.passed td.outcome { color: #1b7f3b; }
tr.skipped td.outcome, tr.pending td.outcome { color: #777; }
pre { white-space: pre-wrap; word-break: break-all; background: #f6f6f6; padding: 6px; margin: 4px 0; }
svg { width: 100%; max-width: 640px; height: auto; background: #fafafa; }
svg rect { fill: #3b6ea5; }
svg text { font-size: 11px; fill: #444; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dt { font-weight: bold; }
table#options { width: auto; }
table#options td { overflow-wrap: anywhere; }
)";

// Element with text; never self-closing, which HTML would misread for non-void elements.
void element(
    QXmlStreamWriter &xml, const QString &name, const QString &text, const QString &cls = QString())
{
    xml.writeStartElement(name);
    if (!cls.isEmpty())
        xml.writeAttribute(QStringLiteral("class"), cls);
    xml.writeCharacters(JUnitReport::xmlSafe(text));
    xml.writeEndElement();
}

void pair(QXmlStreamWriter &xml, const QString &term, const QString &value)
{
    element(xml, QStringLiteral("dt"), term);
    element(xml, QStringLiteral("dd"), value);
}

void details(QXmlStreamWriter &xml, const QString &summary, const QString &body)
{
    xml.writeStartElement(QStringLiteral("details"));
    element(xml, QStringLiteral("summary"), summary);
    element(xml, QStringLiteral("pre"), body);
    xml.writeEndElement();
}

QString msText(qint64 ms)
{
    return ms >= 0 ? QStringLiteral("%1 ms").arg(ms) : QString();
}

// One row per attempt, under a closed <details> so an event tried once stays one line high.
void attemptsTable(QXmlStreamWriter &xml, const QList<RunAttempt> &attempts)
{
    xml.writeStartElement(QStringLiteral("details"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("attempts"));
    element(xml, QStringLiteral("summary"), QStringLiteral("Attempts (%1)").arg(attempts.size()));
    xml.writeStartElement(QStringLiteral("table"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (const char *h :
        {"#", "Started (UTC)", "Answer", "Latency", "Retry-After", "Wait before next", "Message"})
        element(xml, QStringLiteral("th"), QString::fromLatin1(h));
    xml.writeEndElement();
    for (const RunAttempt &a : attempts) {
        xml.writeStartElement(QStringLiteral("tr"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("attempt"));
        element(xml, QStringLiteral("td"), QString::number(a.number));
        element(xml, QStringLiteral("td"),
            a.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        element(xml, QStringLiteral("td"),
            a.status > 0 ? QStringLiteral("HTTP %1").arg(a.status) : a.error);
        element(xml, QStringLiteral("td"), msText(a.latencyMs));
        element(xml, QStringLiteral("td"), msText(a.retryAfterMs));
        element(xml, QStringLiteral("td"), msText(a.waitMs));
        element(xml, QStringLiteral("td"), a.message);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

QString headersText(const QString &json)
{
    QString text;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        text += QStringLiteral("%1: %2\n").arg(it.key(), it.value().toString());
    return text;
}

} // namespace

QByteArray HtmlReport::render(const RunReport &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en"));
    writeHead(xml, report);
    xml.writeStartElement(QStringLiteral("body"));
    element(xml, QStringLiteral("h1"),
        QStringLiteral("Replay run %1: %2").arg(report.run().id).arg(report.title()));
    writeSummary(xml, report);
    element(xml, QStringLiteral("h2"), QStringLiteral("Latency"));
    ReportCharts::writeBarChart(xml, QStringLiteral("latency"),
        QStringLiteral("Events per latency bucket"), ReportCharts::latencyHistogram(report),
        {QStringLiteral("latency (ms)"), QStringLiteral("events")});
    element(xml, QStringLiteral("h2"), QStringLiteral("Throughput"));
    ReportCharts::writeBarChart(xml, QStringLiteral("throughput"),
        QStringLiteral("Events per second over the run"), ReportCharts::throughput(report),
        {QStringLiteral("time since the start (s)"), QStringLiteral("events/s")});
    element(xml, QStringLiteral("h2"), QStringLiteral("Events"));
    writeTable(xml, report);
    xml.writeEndElement();
    xml.writeEndElement();
    out += '\n';
    return out;
}

void HtmlReport::writeHead(QXmlStreamWriter &xml, const RunReport &report)
{
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    element(xml, QStringLiteral("title"),
        QStringLiteral("Eventsmith replay %1: %2").arg(report.run().id).arg(report.title()));
    element(xml, QStringLiteral("style"), QString::fromLatin1(Style));
    xml.writeEndElement();
}

void HtmlReport::writeSummary(QXmlStreamWriter &xml, const RunReport &report)
{
    const RunRecord &run = report.run();
    xml.writeStartElement(QStringLiteral("dl"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("summary"));
    pair(xml, QStringLiteral("Set"), run.setName);
    pair(xml, QStringLiteral("Target"), run.targetName);
    pair(xml, QStringLiteral("State"), RunReport::stateName(run.state));
    pair(xml, QStringLiteral("Started"), run.startedAt.toUTC().toString(Qt::ISODate));
    pair(xml, QStringLiteral("Duration"),
        QStringLiteral("%1 s").arg(report.durationMs() / 1000.0, 0, 'f', 2));
    pair(xml, QStringLiteral("Events"), QString::number(run.total));
    for (const char *outcome : {"passed", "failed", "skipped", "pending"})
        pair(xml, QString::fromLatin1(outcome),
            QString::number(report.count(QString::fromLatin1(outcome))));
    pair(xml, QStringLiteral("Sent again after an interruption"),
        QString::number(report.resentCount()));
    xml.writeEndElement();
    writeOptions(xml, report.options());
}

// One row per option, nested ones named by their path ("retry.maxAttempts"): a table reads
// and wraps where one line of JSON ran off the page.
void HtmlReport::writeOptions(QXmlStreamWriter &xml, const QJsonObject &options)
{
    element(xml, QStringLiteral("h2"), QStringLiteral("Options"));
    xml.writeStartElement(QStringLiteral("table"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("options"));
    for (const auto &[name, value] : optionRows(options, QString())) {
        xml.writeStartElement(QStringLiteral("tr"));
        element(xml, QStringLiteral("th"), name);
        element(xml, QStringLiteral("td"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QList<QPair<QString, QString>> HtmlReport::optionRows(
    const QJsonObject &object, const QString &prefix)
{
    QList<QPair<QString, QString>> rows;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix + it.key();
        const QJsonValue v = it.value();
        if (v.isObject())
            rows += optionRows(v.toObject(), name + QLatin1Char('.'));
        else if (v.isArray())
            rows.append({name, v.toVariant().toStringList().join(QStringLiteral(", "))});
        else if (v.isBool())
            rows.append({name, v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")});
        else
            rows.append({name, v.toVariant().toString()});
    }
    return rows;
}

void HtmlReport::writeTable(QXmlStreamWriter &xml, const RunReport &report)
{
    xml.writeStartElement(QStringLiteral("table"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("events"));
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (const char *h : {"#", "Family", "Name", "Outcome", "Status", "Attempts", "Latency (ms)",
             "Reason", "Exchange"})
        element(xml, QStringLiteral("th"), QString::fromLatin1(h));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("tbody"));
    for (int i = 0; i < report.entries().size(); ++i)
        writeRow(xml, report, i);
    xml.writeEndElement();
    xml.writeEndElement();
}

void HtmlReport::writeRow(QXmlStreamWriter &xml, const RunReport &report, int index)
{
    const RunReport::Entry &e = report.entries().at(index);
    const RunResult &r = e.row;
    xml.writeStartElement(QStringLiteral("tr"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("event ") + e.outcome);
    element(xml, QStringLiteral("td"), QString::number(r.position + 1)); // from 1, as the GUI
    element(xml, QStringLiteral("td"), e.family);
    element(xml, QStringLiteral("td"), e.name);
    element(xml, QStringLiteral("td"), e.outcome, QStringLiteral("outcome"));
    element(xml, QStringLiteral("td"), r.finalStatus ? QString::number(r.finalStatus) : e.error);
    element(xml, QStringLiteral("td"), QString::number(r.attempts));
    element(xml, QStringLiteral("td"), r.latencyMs >= 0 ? QString::number(r.latencyMs) : QString());
    element(xml, QStringLiteral("td"), r.failureReason);
    xml.writeStartElement(QStringLiteral("td"));
    details(xml, QStringLiteral("Request"),
        QStringLiteral("POST %1\n%2\n").arg(r.requestUrl, headersText(r.requestHeadersJson))
            + QString::fromUtf8(r.requestBody));
    details(xml, QStringLiteral("Response"),
        headersText(r.responseHeadersJson) + QLatin1Char('\n') + QString::fromUtf8(r.responseBody));
    if (!r.attemptLog.isEmpty())
        attemptsTable(xml, r.attemptLog);
    xml.writeEndElement();
    xml.writeEndElement();
}
