#include "ui/widgets/rowtable.h"

#include "ui/widgets/celltable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QVBoxLayout>

RowTable::RowTable(const QStringList &headers, const QString &addText, QWidget *parent)
    : QWidget(parent)
{
    m_table = new CellTable(0, int(headers.size()));
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addRow"));
    add->setText(addText);
    add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeRow"));
    remove->setText(tr("Remove"));
    remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    remove->setToolTip(tr("Remove the selected rows"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &RowTable::addRow);
    connect(remove, &QToolButton::clicked, this, &RowTable::removeRows);
    connect(m_table, &QTableWidget::itemChanged, this, &RowTable::rowsEdited);
    fitHeight();
}

QString RowTable::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void RowTable::setRows(const QVector<QStringList> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).value(c)));
    m_table->setUpdatesEnabled(true);
    fitHeight();
}

void RowTable::fitHeight()
{
    // Tall enough for the rows plus one, up to eight: an empty list stays small.
    const int visible = qBound(1, m_table->rowCount() + 1, 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + visible * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
        + 2);
}

void RowTable::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
    }
    fitHeight();
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    emit rowsEdited();
}

void RowTable::removeRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    fitHeight();
    emit rowsEdited();
}
