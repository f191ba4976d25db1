#pragma once

#include "ui/replay/resultrow.h"

#include <QList>
#include <QPointF>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

// Live charts of a run: latency (ms) of each completed event and throughput (events per
// second of the run). Rows are collected as they come and drawn a few times a second.
class ReplayCharts final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RedrawIntervalMs = 250;

    explicit ReplayCharts(QWidget *parent = nullptr);

    void clear();
    void addRows(const QVector<ResultRow> &rows);
    // Draws now (also done by the timer while rows arrive).
    void redraw();

    int latencyPointCount() const;
    int throughputPointCount() const;
    // What is drawn: (completed event, ms) and (second of the run, events in it).
    QList<QPointF> latencyPoints() const;
    QList<QPointF> throughputPoints() const;

private:
    QChartView *makeView(QChart *chart, const QString &objectName);
    static QChart *makeChart(const QString &title, QLineSeries *series, QValueAxis *x,
        QValueAxis *y, const QString &xTitle, const QString &yTitle);

    QLineSeries *m_latency = nullptr;
    QLineSeries *m_throughput = nullptr;
    QValueAxis *m_latencyX = nullptr;
    QValueAxis *m_latencyY = nullptr;
    QValueAxis *m_throughputX = nullptr;
    QValueAxis *m_throughputY = nullptr;
    QList<QPointF> m_latencyPoints;
    QVector<int> m_perSecond; // completed events in each second of the run
    qint64 m_maxLatency = 0;
    int m_completed = 0;
    bool m_dirty = false;
    QTimer m_timer;
};
