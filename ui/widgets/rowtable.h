#pragma once

#include <QWidget>

class QTableWidget;

// A table of editable rows with add and remove buttons, shared by the list editors.
class RowTable final : public QWidget
{
    Q_OBJECT

public:
    RowTable(const QStringList &headers, const QString &addText, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Text of a cell, empty when the cell has no item.
    QString text(int row, int column) const;
    // Replaces all rows (no signals); each row is a list of cell texts.
    void setRows(const QVector<QStringList> &rows);

signals:
    void rowsEdited(); // a cell was edited, a row added or removed by the user

private:
    void addRow();
    void removeRows();
    void fitHeight();

    QTableWidget *m_table = nullptr;
};
