#pragma once

#include "core/receiver/receivedrequest.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

// The receiver's inbox as a table in arrival order, newest first so the latest request is always
// at the top without scrolling, and so trimming the bounded list only ever removes rows at the
// bottom.
// Requests are queued and applied in batches a few times a second: a flood of thousands of
// requests per second costs one insert and one remove per batch, never a repaint per request.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column { Time, Family, SubType, Status, Duplicate, Latency, Path, ColumnCount };
    enum Role { DuplicateRole = Qt::UserRole + 1, StatusRole };
    static constexpr int FlushIntervalMs = 250;

    explicit InboxModel(int capacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    // Replaces everything with `answered` (the receiver's own inbox), newest arrival first.
    void reset(const QVector<ReceivedRequest> &answered);
    void clear();
    // Queues one request; it appears at the next flush (timer or explicit).
    void enqueue(const ReceivedRequest &request);
    void flush();
    int pendingCount() const { return int(m_pending.size()); }
    const ReceivedRequest *request(int row) const;

signals:
    // After a batch was applied; `added` rows went in at the top.
    void flushed(int added);

private:
    QVariant display(const ReceivedRequest &request, int column) const;
    QVariant toolTip(const ReceivedRequest &request, int column) const;
    void trimTo(int rows);
    void insertOnTop();
    void insertInPlace();
    static bool arrivedBefore(const ReceivedRequest &a, const ReceivedRequest &b);

    std::deque<ReceivedRequest> m_rows; // newest first
    std::deque<ReceivedRequest> m_pending; // oldest first, never more than the capacity
    QTimer m_timer;
    int m_capacity;
};
