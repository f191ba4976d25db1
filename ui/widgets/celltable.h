#pragma once

#include <QTableWidget>

// An editable table that Tab walks through cell by cell, as QTableWidget does, but that hands
// the focus on after its last cell (Shift+Tab: before its first) instead of wrapping around,
// so a keyboard user is never trapped in a form's table.
class CellTable final : public QTableWidget
{
    Q_OBJECT

public:
    CellTable(int rows, int columns, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool atEdge(bool next) const;
    bool leaveTable(bool next);
};
