#pragma once

#include "ui/replay/resultrow.h"

#include "core/net/redactor.h"
#include "core/storage/runrecord.h"

#include <QAbstractTableModel>
#include <QVector>

class EventStore;

// The results of one run in set order. A live run appends rows in batches as the engine reports
// them; a stored run is read from the store a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a run of a million events opens at once.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Column { Position, Name, Family, Outcome, Status, Latency, Attempts, Reason, ColumnCount };
    static constexpr int PageSize = 200;

    explicit ResultsModel(EventStore &store, QObject *parent = nullptr);

    // Empties the table for a live run.
    void clear();
    void appendRows(const QVector<ResultRow> &rows);
    // Shows a stored run; rows are fetched lazily.
    void showStoredRun(const RunRecord &run, const Redactor &redactor);
    qint64 storedRunId() const { return m_run.id; }
    const ResultRow *rowAt(int row) const;
    const QVector<ResultRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    QVariant display(const ResultRow &row, int column) const;
    QVariant foreground(const ResultRow &row, int column) const;

    EventStore &m_store;
    QVector<ResultRow> m_rows;
    RunRecord m_run; // id 0 for a live run
    Redactor m_redactor;
    int m_nextPosition = 0;
    bool m_storedComplete = true;
    // Set while the model announces a change: views and testers may ask for more rows in
    // their slots, and rows must not be inserted in the middle of another change.
    bool m_changing = false;
};
