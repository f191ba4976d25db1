#include "ui/composer/send/historypanel.h"

#include "ui/composer/send/responsediff.h"
#include "ui/workspace.h"

#include "core/net/responseenvelope.h"
#include "core/storage/eventstore.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setHeaderLabels(
        {tr("Sent"), tr("Target"), tr("Status"), tr("Duplicate"), tr("requestId"), tr("ms")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resend = new QPushButton(tr("Re-send"));
    m_resend->setObjectName(QStringLiteral("historyResend"));
    m_resend->setToolTip(tr("Send the selected request again, exactly as it was sent, to the "
                            "current target"));
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compare->setToolTip(tr("Select two sends to compare their responses"));
    m_diffTitle = new QLabel(tr("Select two sends and press Compare to see what changed."));
    m_diffTitle->setObjectName(QStringLiteral("historyDiffTitle"));
    m_diff = new QPlainTextEdit;
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resend);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_diffTitle, 1);
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(buttons);
    diffLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter;
    split->addWidget(m_list);
    split->addWidget(diffBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_resend, &QPushButton::clicked, this, &HistoryPanel::resendSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::selectionChanged);
    selectionChanged();
}

void HistoryPanel::setEvent(qint64 eventId, const QList<qint64> &unsavedIds)
{
    m_eventId = eventId;
    m_unsavedIds = unsavedIds;
    m_diff->clear();
    reload();
}

void HistoryPanel::addRecord(qint64 recordId)
{
    if (m_eventId == 0 && recordId > 0)
        m_unsavedIds.prepend(recordId);
    reload();
}

int HistoryPanel::count() const
{
    return m_list->topLevelItemCount();
}

void HistoryPanel::reload()
{
    m_list->clear();
    m_records.clear();
    HistoryStore history = m_workspace.store().history();
    if (m_eventId > 0) {
        if (const auto records = history.forEvent(m_eventId))
            m_records = records.value();
    } else {
        for (qint64 id : std::as_const(m_unsavedIds))
            if (const auto record = history.record(id))
                m_records.append(record.value());
    }
    for (const SendRecord &record : std::as_const(m_records))
        addRow(record);
    selectionChanged();
}

void HistoryPanel::addRow(const SendRecord &record)
{
    const auto envelope = ResponseEnvelope::parse(record.responseBody);
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, QLocale().toString(record.sentAt.toLocalTime(), QLocale::ShortFormat));
    item->setText(1, record.targetName);
    item->setText(2,
        record.responseStatus == 0 ? record.error.section(QLatin1Char(':'), 0, 0)
                                   : QString::number(record.responseStatus));
    item->setText(3,
        !envelope                                 ? QString()
            : envelope->duplicate.value_or(false) ? tr("yes")
                                                  : tr("no"));
    item->setText(4, envelope ? envelope->requestId : QString());
    item->setText(5, record.totalMs < 0 ? QString() : QString::number(record.totalMs));
    item->setData(0, Qt::UserRole, record.id);
}

QList<SendRecord> HistoryPanel::selectedRecords() const
{
    QList<SendRecord> selected;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (m_list->topLevelItem(row)->isSelected())
            selected.append(m_records.at(row));
    return selected;
}

void HistoryPanel::selectionChanged()
{
    const QList<SendRecord> selected = selectedRecords();
    m_resend->setEnabled(selected.size() == 1);
    m_compare->setEnabled(selected.size() == 2);
    if (selected.size() == 1)
        emit recordChosen(selected.first());
}

void HistoryPanel::compareSelected()
{
    QList<SendRecord> selected = selectedRecords();
    if (selected.size() != 2)
        return;
    if (selected.at(0).id > selected.at(1).id)
        selected.swapItemsAt(0, 1);
    const QStringList lines = ResponseDiff::diff(
        ResponseDiff::lines(selected.at(0)), ResponseDiff::lines(selected.at(1)));
    m_diffTitle->setText(tr("- send %1   + send %2").arg(selected.at(0).id).arg(selected.at(1).id));
    m_diff->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryPanel::resendSelected()
{
    const QList<SendRecord> selected = selectedRecords();
    if (selected.size() == 1)
        emit resendRequested(selected.first());
}
