#pragma once

#include "core/receiver/receivedrequest.h"
#include "core/receiver/receiverstats.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTableWidget;

// Live counts: per family what the receiver did (accepted, duplicates, rejected, faulted) and
// per answer status. The receiver counts families; statuses are counted here as requests pass.
class ReceiverCountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverCountsView(const QStringList &families, QWidget *parent = nullptr);

    void countRequest(const ReceivedRequest &request);
    void refresh(const ReceiverStats &stats);
    void clearStatuses();
    QMap<int, qint64> statusCounts() const { return m_statuses; }

private:
    void setRow(int row, const QString &family, const FamilyCounts &counts);
    QString statusText() const;

    QStringList m_families;
    QMap<int, qint64> m_statuses; // 0: dropped
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
};
