#pragma once

#include <QTreeView>

class EventListModel;

// The library's table of events: many rows selected at once, dragged onto a set or to another
// place in the set, the name edited with F2; rows are not measured until they are shown.
class EventTableView final : public QTreeView
{
    Q_OBJECT

public:
    explicit EventTableView(EventListModel *model, QWidget *parent = nullptr);

    // Selected rows in row order.
    QList<int> selectedRowNumbers() const;
    QList<qint64> selectedEventIds() const;
    void editCurrentName();

private:
    EventListModel *m_model;
};
