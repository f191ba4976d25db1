#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QXmlStreamWriter;
class RunReport;

// A self-contained HTML page (no script, no external file): summary, a latency histogram and
// the throughput over time as inline SVG, and a table of events whose request and response
// bodies open with <details>. Written as well-formed XHTML so any XML parser can check it.
class HtmlReport final
{
public:
    static QByteArray render(const RunReport &report);

private:
    static void writeHead(QXmlStreamWriter &xml, const RunReport &report);
    static void writeSummary(QXmlStreamWriter &xml, const RunReport &report);
    static void writeOptions(QXmlStreamWriter &xml, const QJsonObject &options);
    static QList<QPair<QString, QString>> optionRows(
        const QJsonObject &object, const QString &prefix);
    static void writeTable(QXmlStreamWriter &xml, const RunReport &report);
    static void writeRow(QXmlStreamWriter &xml, const RunReport &report, int index);
};
