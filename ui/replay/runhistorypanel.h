#pragma once

#include "core/replay/rundiff.h"
#include "core/storage/runrecord.h"

#include <QList>
#include <QWidget>

class EventStore;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// Past runs of the store, newest first, with how long each took and its p50/p99 latency: open
// one's results, resume an unfinished one, export it, or select two and see which events
// changed between them.
class RunHistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RunLimit = 500;

    explicit RunHistoryPanel(EventStore &store, QWidget *parent = nullptr);

    void refresh();
    QList<qint64> selectedRunIds() const;
    void selectRuns(const QList<qint64> &runIds);
    int runCount() const;
    // Fills the diff table with the changes from `first` to `second`; false (and a message)
    // when the runs cannot be compared.
    bool compare(qint64 first, qint64 second);
    static bool resumable(RunState state);
    // "–" when unknown (a run with no answered event has no latency).
    static QString durationText(qint64 ms);
    static QString latencyText(qint64 ms);

signals:
    void openRequested(qint64 runId);
    void resumeRequested(qint64 runId);
    void exportRequested(qint64 runId);
    void message(const QString &text, bool error);

private:
    void buildButtons(QLayout *row);
    void updateButtons();
    void compareSelected();
    qint64 singleSelection() const;
    static QString changedText(const QList<RunDiff::Field> &fields);

    EventStore &m_store;
    QTreeWidget *m_runs = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_diffSummary = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_export = nullptr;
};
