#include "ui/library/eventtableview.h"

#include "ui/library/eventlistmodel.h"

#include <QHeaderView>

EventTableView::EventTableView(EventListModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("libraryEvents"));
    setAccessibleName(tr("Events"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true); // no need to measure rows that are not shown
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    header()->resizeSection(EventListModel::NameColumn, 320);
}

QList<int> EventTableView::selectedRowNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> EventTableView::selectedEventIds() const
{
    QList<qint64> ids;
    for (const int row : selectedRowNumbers())
        ids << m_model->eventId(row);
    return ids;
}

void EventTableView::editCurrentName()
{
    if (currentIndex().isValid())
        edit(currentIndex().siblingAtColumn(EventListModel::NameColumn));
}
