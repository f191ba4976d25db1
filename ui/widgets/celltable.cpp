#include "ui/widgets/celltable.h"

CellTable::CellTable(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{ }

// True when Tab (or Shift+Tab) from the current cell would wrap around the table.
bool CellTable::atEdge(bool next) const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || rowCount() == 0 || columnCount() == 0)
        return true;
    if (next)
        return current.row() == rowCount() - 1 && current.column() == columnCount() - 1;
    return current.row() == 0 && current.column() == 0;
}

bool CellTable::leaveTable(bool next)
{
    // QWidget's own step through the focus chain; the view's would move to a cell.
    return QWidget::focusNextPrevChild(next);
}

bool CellTable::focusNextPrevChild(bool next)
{
    if (atEdge(next))
        return leaveTable(next);
    return QTableWidget::focusNextPrevChild(next);
}

void CellTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool tabbing = hint == QAbstractItemDelegate::EditNextItem
        || hint == QAbstractItemDelegate::EditPreviousItem;
    const bool next = hint == QAbstractItemDelegate::EditNextItem;
    if (!tabbing || !atEdge(next)) {
        QTableWidget::closeEditor(editor, hint);
        return;
    }
    // Tab in the editor of the last cell: keep what was typed, then go on past the table.
    QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    leaveTable(next);
}
