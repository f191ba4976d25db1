#pragma once

#include <QString>
#include <QVector>

class QXmlStreamWriter;
class RunReport;

// The two charts of the HTML report, drawn as inline SVG so the page needs no script or file:
// a latency histogram and the throughput over the run's time.
class ReportCharts final
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
    };

    // Events per latency bucket (1 ms ... 10 s and beyond), final results with an answer only.
    static QVector<Bar> latencyHistogram(const RunReport &report);
    // Final results per second in up to `buckets` equal slices of the run's time.
    static QVector<Bar> throughput(const RunReport &report, int buckets = 40);
    // What the axes measure: "latency (ms)" along the bars, "events" (the unit of the values)
    // up the side; every figure drawn carries its unit.
    struct Axes
    {
        QString x;
        QString valueUnit;
    };

    static void writeBarChart(QXmlStreamWriter &xml, const QString &id, const QString &title,
        const QVector<Bar> &bars, const Axes &axes);
};
