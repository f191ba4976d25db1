#include "ui/replay/replaycharts.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

ReplayCharts::ReplayCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replayCharts"));
    m_latency = new QLineSeries;
    m_latency->setObjectName(QStringLiteral("latencySeries"));
    m_throughput = new QLineSeries;
    m_throughput->setObjectName(QStringLiteral("throughputSeries"));
    m_latencyX = new QValueAxis;
    m_latencyY = new QValueAxis;
    m_throughputX = new QValueAxis;
    m_throughputY = new QValueAxis;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeView(makeChart(tr("Latency"), m_latency, m_latencyX, m_latencyY,
                                   tr("completed event"), tr("ms")),
        QStringLiteral("latencyChart")));
    layout->addWidget(makeView(makeChart(tr("Throughput"), m_throughput, m_throughputX,
                                   m_throughputY, tr("second of the run"), tr("events/s")),
        QStringLiteral("throughputChart")));
    m_timer.setInterval(RedrawIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplayCharts::redraw);
    m_timer.start();
    redraw();
}

QChart *ReplayCharts::makeChart(const QString &title, QLineSeries *series, QValueAxis *x,
    QValueAxis *y, const QString &xTitle, const QString &yTitle)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->addSeries(series);
    x->setTitleText(xTitle);
    x->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// The chart follows the application palette so it reads in light and dark themes.
QChartView *ReplayCharts::makeView(QChart *chart, const QString &objectName)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}

void ReplayCharts::clear()
{
    m_latencyPoints.clear();
    m_perSecond.clear();
    m_maxLatency = 0;
    m_completed = 0;
    m_dirty = true;
    redraw();
}

void ReplayCharts::addRows(const QVector<ResultRow> &rows)
{
    for (const ResultRow &row : rows) {
        if (row.outcome == ResultRow::Outcome::Pending)
            continue; // results from before a resume count: the charts go on with the run
        ++m_completed;
        if (row.latencyMs >= 0) {
            m_latencyPoints.append(QPointF(m_completed, double(row.latencyMs)));
            m_maxLatency = qMax(m_maxLatency, row.latencyMs);
        }
        if (row.completedMs >= 0) {
            const int second = int(row.completedMs / 1000);
            if (m_perSecond.size() <= second)
                m_perSecond.resize(second + 1);
            ++m_perSecond[second];
        }
    }
    m_dirty = m_dirty || !rows.isEmpty();
}

void ReplayCharts::redraw()
{
    if (!m_dirty && m_latency->count() > 0)
        return;
    m_dirty = false;
    m_latency->replace(m_latencyPoints);
    m_latencyX->setRange(0, qMax(10, m_completed));
    m_latencyY->setRange(0, double(qMax<qint64>(10, m_maxLatency + m_maxLatency / 10 + 1)));
    m_latencyX->applyNiceNumbers(); // whole-number ticks, as the labels are integers
    m_latencyY->applyNiceNumbers();
    QList<QPointF> points {QPointF(0, 0)}; // a line needs two points: runs under a second too
    int peak = 0;
    for (int second = 0; second < m_perSecond.size(); ++second) {
        // Plotted at the end of each second: that is when its count is known.
        points.append(QPointF(second + 1, m_perSecond.at(second)));
        peak = qMax(peak, m_perSecond.at(second));
    }
    m_throughput->replace(points);
    m_throughputX->setRange(0, qMax<qsizetype>(5, m_perSecond.size()));
    m_throughputY->setRange(0, qMax(10, peak + peak / 10 + 1));
    m_throughputX->applyNiceNumbers();
    m_throughputY->applyNiceNumbers();
}

int ReplayCharts::latencyPointCount() const
{
    return m_latency->count();
}

int ReplayCharts::throughputPointCount() const
{
    return m_throughput->count();
}

QList<QPointF> ReplayCharts::latencyPoints() const
{
    return m_latency->points();
}

QList<QPointF> ReplayCharts::throughputPoints() const
{
    return m_throughput->points();
}
