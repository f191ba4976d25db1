#include "core/report/junitreport.h"

#include "core/report/runreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace {

QString headerLines(const QString &json)
{
    QString lines;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        lines += QStringLiteral("%1: %2\n").arg(it.key(), it.value().toString());
    return lines;
}

QString seconds(qint64 ms)
{
    return QString::number(qMax<qint64>(ms, 0) / 1000.0, 'f', 3);
}

// Every attempt, one line each: what CI shows for an event that needed retries.
QString attemptLines(const QList<RunAttempt> &attempts)
{
    QString lines;
    for (const RunAttempt &a : attempts)
        lines += a.describe() + QLatin1Char('\n');
    return lines;
}

void writeCounts(QXmlStreamWriter &xml, const RunReport &report)
{
    xml.writeAttribute(QStringLiteral("tests"), QString::number(report.entries().size()));
    xml.writeAttribute(
        QStringLiteral("failures"), QString::number(report.count(QStringLiteral("failed"))));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"),
        QString::number(
            report.count(QStringLiteral("skipped")) + report.count(QStringLiteral("pending"))));
    xml.writeAttribute(QStringLiteral("time"), seconds(report.durationMs()));
}

void writeProperties(QXmlStreamWriter &xml, const RunReport &report)
{
    xml.writeStartElement(QStringLiteral("properties"));
    const QList<QPair<QString, QString>> properties = {
        {QStringLiteral("run"), QString::number(report.run().id)},
        {QStringLiteral("set"), report.run().setName},
        {QStringLiteral("target"), report.run().targetName},
        {QStringLiteral("state"), RunReport::stateName(report.run().state)},
        {QStringLiteral("resent"), QString::number(report.resentCount())},
        {QStringLiteral("options"),
            QString::fromUtf8(QJsonDocument(report.options()).toJson(QJsonDocument::Compact))},
    };
    for (const auto &p : properties) {
        xml.writeEmptyElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), p.first);
        xml.writeAttribute(QStringLiteral("value"), JUnitReport::xmlSafe(p.second));
    }
    xml.writeEndElement();
}

void writeCase(QXmlStreamWriter &xml, const RunReport &report, int index)
{
    const RunReport::Entry &e = report.entries().at(index);
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"),
        QStringLiteral("replay.%1").arg(e.family.isEmpty() ? QStringLiteral("event") : e.family));
    const QString name = e.name.isEmpty() ? e.dedupId : e.name;
    xml.writeAttribute(QStringLiteral("name"),
        JUnitReport::xmlSafe(QStringLiteral("#%1 %2").arg(e.row.position + 1).arg(name).trimmed()));
    xml.writeAttribute(QStringLiteral("time"), seconds(e.row.latencyMs));
    const QString text = JUnitReport::xmlSafe(JUnitReport::exchangeText(report, index));
    if (e.outcome == QLatin1String("failed")) {
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), JUnitReport::xmlSafe(e.row.failureReason));
        xml.writeAttribute(
            QStringLiteral("type"), e.error.isEmpty() ? QStringLiteral("expectation") : e.error);
        xml.writeCharacters(text);
        xml.writeEndElement();
        if (!e.row.attemptLog.isEmpty())
            xml.writeTextElement(
                QStringLiteral("system-out"), JUnitReport::xmlSafe(attemptLines(e.row.attemptLog)));
    } else if (e.outcome != QLatin1String("passed")) {
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"),
            JUnitReport::xmlSafe(e.outcome == QLatin1String("pending")
                    ? QStringLiteral("no final result: the run did not finish this event")
                    : e.row.failureReason));
    } else {
        xml.writeTextElement(QStringLiteral("system-out"), text);
    }
    xml.writeEndElement();
}

} // namespace

QString JUnitReport::xmlSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return out;
}

QString JUnitReport::exchangeText(const RunReport &report, int index)
{
    const RunReport::Entry &e = report.entries().at(index);
    QString text = QStringLiteral("Request: POST %1\n%2\n%3\n\n")
                       .arg(e.row.requestUrl, headerLines(e.row.requestHeadersJson),
                           QString::fromUtf8(e.row.requestBody));
    if (e.row.finalStatus > 0)
        text += QStringLiteral("Response: %1 after %2 attempt(s), %3 ms\n%4\n%5\n")
                    .arg(e.row.finalStatus)
                    .arg(e.row.attempts)
                    .arg(e.row.latencyMs)
                    .arg(headerLines(e.row.responseHeadersJson),
                        QString::fromUtf8(e.row.responseBody));
    else
        text += QStringLiteral("Response: none (%1)\n")
                    .arg(e.error.isEmpty() ? QStringLiteral("not sent") : e.error);
    if (e.row.bodiesTruncated)
        text += QStringLiteral("(bodies cut at 1 MB)\n");
    if (!e.row.attemptLog.isEmpty())
        text += QStringLiteral("\nAttempts:\n") + attemptLines(e.row.attemptLog);
    return text;
}

QByteArray JUnitReport::render(const RunReport &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("eventsmith replay"));
    writeCounts(xml, report);
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(report.title()));
    xml.writeAttribute(
        QStringLiteral("timestamp"), report.run().startedAt.toUTC().toString(Qt::ISODate));
    writeCounts(xml, report);
    writeProperties(xml, report);
    for (int i = 0; i < report.entries().size(); ++i)
        writeCase(xml, report, i);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
