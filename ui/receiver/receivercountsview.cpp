#include "ui/receiver/receivercountsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ReceiverCountsView::ReceiverCountsView(const QStringList &families, QWidget *parent)
    : QWidget(parent)
    , m_families(families)
{
    setObjectName(QStringLiteral("receiverCounts"));
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("familyCounts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Family"), tr("Accepted"), tr("Duplicates"), tr("Rejected"), tr("Faulted")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusCounts"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    refresh({});
}

void ReceiverCountsView::countRequest(const ReceivedRequest &request)
{
    ++m_statuses[request.status];
}

void ReceiverCountsView::clearStatuses()
{
    m_statuses.clear();
}

void ReceiverCountsView::refresh(const ReceiverStats &stats)
{
    QStringList rows = m_families;
    for (auto it = stats.families.cbegin(); it != stats.families.cend(); ++it)
        if (!rows.contains(it.key()))
            rows << it.key(); // "" (no family) and families from a user's schema
    m_table->setRowCount(int(rows.size()) + 1);
    for (int row = 0; row < rows.size(); ++row)
        setRow(
            row, rows.at(row).isEmpty() ? tr("(none)") : rows.at(row), stats.family(rows.at(row)));
    setRow(int(rows.size()), tr("Total"), stats.total());
    m_statusLabel->setText(statusText());
}

void ReceiverCountsView::setRow(int row, const QString &family, const FamilyCounts &counts)
{
    const QStringList cells
        = {family, QString::number(counts.accepted), QString::number(counts.duplicates),
            QString::number(counts.rejected), QString::number(counts.faulted)};
    for (int column = 0; column < cells.size(); ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        item->setText(cells.at(column));
    }
}

QString ReceiverCountsView::statusText() const
{
    if (m_statuses.isEmpty())
        return tr("By status: nothing yet");
    QStringList parts;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        parts << tr("%1: %2")
                     .arg(it.key() == 0 ? tr("dropped") : QString::number(it.key()))
                     .arg(it.value());
    return tr("By status: %1").arg(parts.join(QStringLiteral(" · ")));
}
