#include "core/report/reportcharts.h"

#include "core/report/runreport.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <array>

namespace {

constexpr int Width = 640;
constexpr int Height = 200;
constexpr int Margin = 30;

void rect(QXmlStreamWriter &xml, double x, double y, double w, double h, const QString &title)
{
    xml.writeStartElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(x, 'f', 1));
    xml.writeAttribute(QStringLiteral("y"), QString::number(y, 'f', 1));
    xml.writeAttribute(QStringLiteral("width"), QString::number(w, 'f', 1));
    xml.writeAttribute(QStringLiteral("height"), QString::number(h, 'f', 1));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
}

void text(QXmlStreamWriter &xml, double x, double y, const QString &value, const QString &anchor)
{
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(x, 'f', 1));
    xml.writeAttribute(QStringLiteral("y"), QString::number(y, 'f', 1));
    xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

QVector<ReportCharts::Bar> ReportCharts::latencyHistogram(const RunReport &report)
{
    static const std::array<qint64, 13> limits
        = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
    QVector<Bar> bars;
    qint64 low = 0;
    for (qint64 limit : limits) {
        bars.append({QStringLiteral("%1\u2013%2 ms").arg(low).arg(limit), 0});
        low = limit;
    }
    bars.append({QStringLiteral("\u2265 %1 ms").arg(low), 0});
    for (const RunReport::Entry &e : report.entries()) {
        if (e.row.state != RunResultState::Done || e.row.latencyMs < 0)
            continue;
        const auto it = std::upper_bound(limits.cbegin(), limits.cend(), e.row.latencyMs);
        bars[int(it - limits.cbegin())].value += 1;
    }
    return bars;
}

QVector<ReportCharts::Bar> ReportCharts::throughput(const RunReport &report, int buckets)
{
    const qint64 start = report.run().startedAt.toMSecsSinceEpoch();
    const qint64 span = qMax<qint64>(report.durationMs(), 1);
    const int n = int(qBound<qint64>(1, span / 100, qint64(buckets)));
    const double slice = double(span) / n;
    QVector<Bar> bars(n);
    for (int i = 0; i < n; ++i)
        bars[i].label = QStringLiteral("%1\u2013%2 s")
                            .arg(i * slice / 1000.0, 0, 'f', 1)
                            .arg((i + 1) * slice / 1000.0, 0, 'f', 1);
    for (const RunReport::Entry &e : report.entries()) {
        if (e.row.state != RunResultState::Done || !e.row.updatedAt.isValid())
            continue;
        const qint64 at = e.row.updatedAt.toMSecsSinceEpoch() - start;
        bars[qBound(0, int(at / slice), n - 1)].value += 1;
    }
    for (Bar &bar : bars)
        bar.value = bar.value * 1000.0 / slice;
    return bars;
}

void ReportCharts::writeBarChart(QXmlStreamWriter &xml, const QString &id, const QString &title,
    const QVector<Bar> &bars, const Axes &axes)
{
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(
        QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(Width).arg(Height));
    xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
    xml.writeTextElement(QStringLiteral("title"), title);
    double top = 0;
    for (const Bar &bar : bars)
        top = qMax(top, bar.value);
    const double plotW = Width - 2 * Margin;
    const double plotH = Height - 2 * Margin;
    const double w = bars.isEmpty() ? 0 : plotW / bars.size();
    for (int i = 0; i < bars.size(); ++i) {
        const double h = top > 0 ? plotH * bars[i].value / top : 0;
        rect(xml, Margin + i * w + 1, Margin + plotH - h, qMax(1.0, w - 2), h,
            QStringLiteral("%1: %2 %3")
                .arg(bars[i].label)
                .arg(bars[i].value, 0, 'g', 4)
                .arg(axes.valueUnit));
    }
    text(xml, Margin, Margin - 8,
        QStringLiteral("max %1 %2").arg(top, 0, 'g', 4).arg(axes.valueUnit),
        QStringLiteral("start"));
    text(xml, Width / 2.0, Height - 8, axes.x, QStringLiteral("middle"));
    if (!bars.isEmpty()) {
        text(xml, Margin, Height - 8, bars.constFirst().label, QStringLiteral("start"));
        text(xml, Width - Margin, Height - 8, bars.constLast().label, QStringLiteral("end"));
    }
    xml.writeStartElement(QStringLiteral("text")); // the value axis, read bottom to top
    xml.writeAttribute(QStringLiteral("transform"),
        QStringLiteral("translate(12 %1) rotate(-90)").arg(Margin + plotH / 2));
    xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
    xml.writeCharacters(axes.valueUnit);
    xml.writeEndElement();
    xml.writeEndElement();
}
