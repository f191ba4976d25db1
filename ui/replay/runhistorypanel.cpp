#include "ui/replay/runhistorypanel.h"

#include "core/replay/rundiff.h"
#include "core/storage/eventstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int RunIdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1;
constexpr int MaxEventWidth = 320; // px; Before and After need the room more
enum RunColumn {
    RunId,
    RunSet,
    RunTarget,
    RunStateColumn,
    RunStarted,
    RunDuration,
    RunP50,
    RunP99,
    RunPassed,
    RunFailed,
    RunSkipped,
    RunTotal
};
enum DiffColumn {
    DiffPosition,
    DiffEvent,
    DiffKind,
    DiffChanged,
    DiffBefore,
    DiffAfter,
    DiffColumns
};
} // namespace

RunHistoryPanel::RunHistoryPanel(EventStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("runHistoryPanel"));
    m_runs = new QTreeWidget;
    m_runs->setObjectName(QStringLiteral("runHistory"));
    m_runs->setRootIsDecorated(false);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A stretched last column would put the totals far from their heading.
    m_runs->header()->setStretchLastSection(false);
    m_runs->setHeaderLabels(
        {tr("Run"), tr("Set"), tr("Target"), tr("State"), tr("Started"), tr("Duration"), tr("p50"),
            tr("p99"), tr("Passed"), tr("Failed"), tr("Skipped"), tr("Total")});
    m_runs->headerItem()->setToolTip(
        RunDuration, tr("From the start to the finish or the last result, pauses included"));
    m_runs->headerItem()->setToolTip(RunP50, tr("Half of the answered events took at most this"));
    m_runs->headerItem()->setToolTip(RunP99, tr("99 in 100 answered events took at most this"));
    m_diff = new QTableWidget(0, DiffColumns);
    m_diff->setObjectName(QStringLiteral("runDiffTable"));
    m_diff->setHorizontalHeaderLabels(
        {tr("#"), tr("Event"), tr("Change"), tr("Changed"), tr("Before"), tr("After")});
    m_diff->horizontalHeader()->setSectionResizeMode(DiffBefore, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(DiffAfter, QHeaderView::Stretch);
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffSummary = new QLabel(tr("Select two runs of the same set and press Compare."));
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    auto *buttons = new QHBoxLayout;
    buildButtons(buttons);
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffSummary);
    diffLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_runs);
    split->addWidget(diffBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_runs, &QTreeWidget::itemSelectionChanged, this, &RunHistoryPanel::updateButtons);
    connect(m_runs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->data(0, RunIdRole).toLongLong());
    });
    updateButtons();
}

void RunHistoryPanel::buildButtons(QLayout *row)
{
    auto button = [row, this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    m_open = button(tr("Open results"), "openRunButton", tr("Show the run's results"));
    m_compare = button(tr("Compare"), "compareRunsButton", tr("Diff two selected runs"));
    m_resume = button(tr("Resume"), "resumeRunButton",
        tr("Send the events a cancelled, stopped or interrupted run did not finish"));
    m_export = button(tr("Export…"), "exportRunButton", tr("JUnit, HTML, JSON or CSV"));
    auto *refresh = button(tr("Refresh"), "refreshRunsButton", tr("Read the runs again"));
    static_cast<QHBoxLayout *>(row)->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(singleSelection()); });
    connect(
        m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(singleSelection()); });
    connect(
        m_export, &QPushButton::clicked, this, [this] { emit exportRequested(singleSelection()); });
    connect(m_compare, &QPushButton::clicked, this, &RunHistoryPanel::compareSelected);
    connect(refresh, &QPushButton::clicked, this, &RunHistoryPanel::refresh);
}

void RunHistoryPanel::refresh()
{
    const QList<qint64> selected = selectedRunIds();
    m_runs->clear();
    const auto runs = m_store.runs().recent(RunLimit);
    if (!runs) {
        emit message(tr("The run history could not be read: %1").arg(runs.error().message), true);
        return;
    }
    QList<qint64> ids;
    for (const RunRecord &run : runs.value())
        ids << run.id;
    // Timings are extra: without them the history still lists its runs.
    const auto timings = m_store.runs().timings(ids);
    if (!timings)
        emit message(tr("Run timings could not be read: %1").arg(timings.error().message), true);
    const QLocale locale;
    for (const RunRecord &run : runs.value()) {
        const RunTiming timing = timings ? timings.value().value(run.id) : RunTiming {};
        auto *item = new QTreeWidgetItem(m_runs,
            {QString::number(run.id), run.setName, run.targetName, RunStore::stateName(run.state),
                locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                durationText(timing.durationMs), latencyText(timing.latencyP50Ms),
                latencyText(timing.latencyP99Ms), QString::number(run.passed),
                QString::number(run.failed), QString::number(run.skipped),
                QString::number(run.total)});
        item->setData(0, RunIdRole, run.id);
        item->setData(0, StateRole, int(run.state));
        for (const int column :
            {RunId, RunDuration, RunP50, RunP99, RunPassed, RunFailed, RunSkipped, RunTotal})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < m_runs->columnCount(); ++c)
        m_runs->resizeColumnToContents(c);
    selectRuns(selected);
    updateButtons();
}

// Tenths of a second for short runs, where whole seconds would all read "1 s".
QString RunHistoryPanel::durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString RunHistoryPanel::latencyText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("–") : tr("%1 ms").arg(QLocale().toString(ms));
}

QList<qint64> RunHistoryPanel::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_runs->selectedItems())
        ids.append(item->data(0, RunIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunHistoryPanel::selectRuns(const QList<qint64> &runIds)
{
    m_runs->clearSelection();
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        item->setSelected(runIds.contains(item->data(0, RunIdRole).toLongLong()));
    }
}

int RunHistoryPanel::runCount() const
{
    return m_runs->topLevelItemCount();
}

qint64 RunHistoryPanel::singleSelection() const
{
    const QList<qint64> ids = selectedRunIds();
    return ids.size() == 1 ? ids.constFirst() : 0;
}

bool RunHistoryPanel::resumable(RunState state)
{
    return state != RunState::Completed;
}

void RunHistoryPanel::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_runs->selectedItems();
    const bool one = selected.size() == 1;
    m_open->setEnabled(one);
    m_export->setEnabled(one);
    m_compare->setEnabled(selected.size() == 2);
    m_resume->setEnabled(
        one && resumable(RunState(selected.constFirst()->data(0, StateRole).toInt())));
}

void RunHistoryPanel::compareSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() == 2)
        compare(ids.at(0), ids.at(1));
}

// "outcome, status": what makes a row differ, in the reader's language.
QString RunHistoryPanel::changedText(const QList<RunDiff::Field> &fields)
{
    QStringList names;
    for (const RunDiff::Field field : fields) {
        switch (field) {
        case RunDiff::Field::Outcome:
            names << tr("outcome");
            break;
        case RunDiff::Field::Status:
            names << tr("status");
            break;
        case RunDiff::Field::Reason:
            names << tr("reason");
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

bool RunHistoryPanel::compare(qint64 first, qint64 second)
{
    m_diff->setRowCount(0);
    const auto changes = RunDiff::compare(m_store.runs(), first, second);
    if (!changes) {
        m_diffSummary->setText(tr("Runs %1 and %2 cannot be compared.").arg(first).arg(second));
        emit message(changes.error().message, true);
        return false;
    }
    const QVector<RunDiff::Change> &list = changes.value();
    m_diff->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const RunDiff::Change &c = list.at(row);
        const QStringList cells
            = {QString::number(c.position + 1), c.name, RunDiff::kindName(c.kind),
                changedText(c.changed), c.before.isEmpty() ? QStringLiteral("–") : c.before,
                c.after.isEmpty() ? QStringLiteral("–") : c.after};
        for (int column = 0; column < cells.size(); ++column)
            m_diff->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_diff->resizeColumnToContents(DiffPosition);
    m_diff->resizeColumnToContents(DiffEvent);
    m_diff->setColumnWidth(DiffEvent, qMin(m_diff->columnWidth(DiffEvent), MaxEventWidth));
    m_diff->resizeColumnToContents(DiffKind);
    m_diff->resizeColumnToContents(DiffChanged);
    m_diffSummary->setText(list.isEmpty()
            ? tr("Runs %1 and %2: no event changed outcome.").arg(first).arg(second)
            : tr("Runs %1 → %2: %n event(s) changed.", nullptr, int(list.size()))
                  .arg(first)
                  .arg(second));
    return true;
}
