#include "ui/replay/replaypage.h"

#include "ui/replay/dialogfolder.h"
#include "ui/replay/replaycharts.h"
#include "ui/replay/replayoptionsform.h"
#include "ui/replay/replayprogresstext.h"
#include "ui/replay/replayrunner.h"
#include "ui/replay/resultdetails.h"
#include "ui/replay/resultsmodel.h"
#include "ui/replay/runhistorypanel.h"
#include "ui/replay/runsourcepicker.h"

#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include "core/net/targetconfig.h"
#include "core/report/runreport.h"
#include "core/storage/eventstore.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ReplayPage::ReplayPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_runner(new ReplayRunner(workspace, this))
    , m_model(new ResultsModel(workspace.store(), this))
{
    setObjectName(QStringLiteral("replayPage"));
    m_messages = new MessageBar;
    m_options = new ReplayOptionsForm;
    m_emptyState = new QLabel(
        tr("There is no set to replay yet. Create one on the Library page (select events and "
           "add them to a new set), or import a set file with "
           "<code>eventsmith-cli import</code>."));
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setWordWrap(true);
    m_history = new RunHistoryPanel(workspace.store());
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("replayTabs"));
    m_tabs->addTab(buildRunTab(), tr("Run"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(buildHeader());
    layout->addWidget(m_options);
    layout->addLayout(buildProgressRow());
    layout->addWidget(m_emptyState);
    layout->addWidget(m_tabs, 1);
    buildActions();
    connectRunner();
    m_history->refresh();
    updateControls();
}

ReplayPage::~ReplayPage() = default;

QWidget *ReplayPage::buildHeader()
{
    m_source = new RunSourcePicker(m_workspace);
    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/replay.svg")), tr("Start"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_source);
    row->addStretch(1);
    row->addWidget(m_start);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    connect(m_start, &QPushButton::clicked, this, &ReplayPage::startReplay);
    connect(m_pause, &QPushButton::clicked, this, &ReplayPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayPage::cancelReplay);
    connect(m_source, &RunSourcePicker::setsChanged, this, &ReplayPage::updateControls);
    return header;
}

QLayout *ReplayPage::buildProgressRow()
{
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    // The bar keeps its width and the text wraps when the window is narrow: a text that grows
    // and shrinks with each update must not push the bar about or run off the edge.
    m_progress->setFixedWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_progressLabel = new QLabel(tr("No run yet."));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress);
    row->addWidget(m_progressLabel, 1);
    return row;
}

QWidget *ReplayPage::buildRunTab()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Room for names like "social · connection_accepted"; the short columns only as wide as
    // their headings and values, so Attempts is in sight in a small window too.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ResultsModel::Position, charWidth * 4);
    m_table->setColumnWidth(ResultsModel::Name, charWidth * 26);
    for (const int column : {ResultsModel::Family, ResultsModel::Outcome, ResultsModel::Status,
             ResultsModel::Latency, ResultsModel::Attempts})
        m_table->setColumnWidth(
            column, qMax(m_table->horizontalHeader()->sectionSizeHint(column), charWidth * 8));
    m_details = new ResultDetails;
    m_charts = new ReplayCharts;
    m_charts->setMinimumWidth(340);
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_details);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 420});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReplayPage::showSelectedDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            m_charts->addRows(m_model->rows().mid(first, last - first + 1));
        });
    connect(m_model, &QAbstractItemModel::modelReset, m_charts, &ReplayCharts::clear);
    connect(m_model, &ResultsModel::loadFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Level::Error);
    });
    return split;
}

// Shortcuts live on the page, so they work only while it is shown.
void ReplayPage::buildActions()
{
    auto action = [this](const QString &text, const char *name, QList<QKeySequence> keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        addAction(a);
        return a;
    };
    m_startAction = action(tr("Start replay"), "startAction", {QKeySequence(Qt::Key_F5)});
    m_pauseAction = action(tr("Pause or resume replay"), "pauseAction", {QKeySequence(Qt::Key_F6)});
    m_cancelAction = action(tr("Cancel replay"), "cancelAction",
        {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    connect(m_startAction, &QAction::triggered, this, &ReplayPage::startReplay);
    connect(m_pauseAction, &QAction::triggered, this, &ReplayPage::togglePause);
    connect(m_cancelAction, &QAction::triggered, this, &ReplayPage::cancelReplay);
    m_start->setToolTip(tr("Start replay (F5)"));
    m_pause->setToolTip(tr("Pause or resume (F6)"));
    m_cancel->setToolTip(tr("Cancel (Esc, Shift+F5); a cancelled run can be resumed"));
}

void ReplayPage::connectRunner()
{
    connect(m_runner, &ReplayRunner::resultsReady, m_model, &ResultsModel::appendRows);
    connect(m_runner, &ReplayRunner::progressChanged, this, &ReplayPage::onProgress);
    connect(m_runner, &ReplayRunner::stateChanged, this, &ReplayPage::updateControls);
    connect(m_runner, &ReplayRunner::failed, this,
        [this](const Error &error) { showError(tr("The replay failed: %1").arg(error.message)); });
    connect(m_runner, &ReplayRunner::finished, this, &ReplayPage::onFinished);
    connect(m_history, &RunHistoryPanel::openRequested, this, &ReplayPage::openStoredRun);
    connect(m_history, &RunHistoryPanel::resumeRequested, this, &ReplayPage::resumeStoredRun);
    connect(m_history, &RunHistoryPanel::exportRequested, this, &ReplayPage::exportWithDialog);
    connect(m_history, &RunHistoryPanel::message, this, [this](const QString &text, bool error) {
        m_messages->showMessage(text, error ? MessageBar::Level::Error : MessageBar::Level::Info);
    });
}

qint64 ReplayPage::currentRunId() const
{
    return m_runner->runId();
}

bool ReplayPage::isRunning() const
{
    return m_runner->isActive();
}

void ReplayPage::showError(const QString &text)
{
    m_messages->showMessage(text, MessageBar::Level::Error);
}

void ReplayPage::prepareLiveView()
{
    m_model->clear();
    m_details->showRow(nullptr);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Starting…"));
    m_messages->hide();
    m_tabs->setCurrentIndex(0);
}

void ReplayPage::startReplay()
{
    if (m_runner->isActive() || !m_source->hasSets())
        return;
    prepareLiveView();
    const auto started = m_runner->start(
        m_source->setId(), m_source->setName(), m_source->target(), m_options->options());
    if (!started)
        showError(tr("The replay could not start: %1").arg(started.error().message));
    m_history->refresh();
    updateControls();
}

void ReplayPage::togglePause()
{
    if (m_runner->state() == ReplayEngine::State::Running)
        m_runner->pause();
    else if (m_runner->state() == ReplayEngine::State::Paused)
        m_runner->resume();
    if (m_runner->isActive()) // the line reads "Paused" at once, not at the next progress
        onProgress(m_lastProgress);
    updateControls();
}

void ReplayPage::cancelReplay()
{
    m_runner->cancel();
    updateControls();
}

// The run's own target when it still exists, so a resume goes where the run went.
void ReplayPage::resumeStoredRun(qint64 runId)
{
    if (m_runner->isActive() || runId <= 0)
        return;
    const auto run = m_workspace.store().runs().run(runId);
    if (!run)
        return showError(run.error().message);
    TargetConfig target = m_source->target();
    for (const TargetConfig &t : m_workspace.targets())
        if (t.name == run.value().targetName)
            target = t;
    prepareLiveView();
    const auto resumed = m_runner->resumeRun(run.value(), target);
    if (!resumed)
        showError(tr("Run %1 cannot be resumed: %2").arg(runId).arg(resumed.error().message));
    m_history->refresh();
    updateControls();
}

void ReplayPage::openStoredRun(qint64 runId)
{
    if (m_runner->isActive() || runId <= 0)
        return;
    const auto run = m_workspace.store().runs().run(runId);
    if (!run)
        return showError(run.error().message);
    m_model->showStoredRun(run.value(), m_runner->redactor());
    m_model->fetchMore({});
    m_details->showRow(nullptr);
    const RunRecord &r = run.value();
    m_progress->setRange(0, int(qMax<qint64>(1, r.total)));
    m_progress->setValue(int(r.done));
    m_progressLabel->setText(tr("Run %1 (%2): %3 passed, %4 failed, %5 skipped of %6")
                                 .arg(r.id)
                                 .arg(RunStore::stateName(r.state))
                                 .arg(r.passed)
                                 .arg(r.failed)
                                 .arg(r.skipped)
                                 .arg(r.total));
    m_tabs->setCurrentIndex(0);
}

Result<> ReplayPage::exportRun(qint64 runId, ReportWriter::Format format, const QString &path)
{
    const auto report = RunReport::load(m_workspace.store().runs(), runId, m_runner->redactor());
    if (!report)
        return report.error();
    return ReportWriter::write(report.value(), format, path);
}

void ReplayPage::exportWithDialog(qint64 runId)
{
    if (runId <= 0)
        return;
    const QList<QPair<QString, ReportWriter::Format>> formats
        = {{tr("JUnit XML (*.xml)"), ReportWriter::Format::JUnit},
            {tr("HTML report (*.html)"), ReportWriter::Format::Html},
            {tr("JSON report (*.json)"), ReportWriter::Format::Json},
            {tr("CSV table (*.csv)"), ReportWriter::Format::Csv}};
    QStringList filters;
    for (const auto &f : formats)
        filters << f.first;
    auto *dialog = new QFileDialog(this, tr("Export run %1").arg(runId));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->selectFile(DialogFolder::pathFor(
        DialogFolder::Kind::Reports, QStringLiteral("run-%1.xml").arg(runId)));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, dialog, formats, runId](const QString &path) {
            DialogFolder::remember(DialogFolder::Kind::Reports, path);
            const int index = int(dialog->nameFilters().indexOf(dialog->selectedNameFilter()));
            const ReportWriter::Format format = formats.value(qMax(0, index)).second;
            const auto written = exportRun(runId, format, path);
            if (!written)
                return showError(
                    tr("The report could not be written: %1").arg(written.error().message));
            m_messages->showMessage(tr("Run %1 exported to %2").arg(runId).arg(path));
        });
    dialog->open();
}

void ReplayPage::onProgress(const ReplayProgress &progress)
{
    const bool paused = m_runner->state() == ReplayEngine::State::Paused;
    showProgress(
        progress, paused ? ReplayProgressText::Phase::Paused : ReplayProgressText::Phase::Running);
}

void ReplayPage::showProgress(const ReplayProgress &progress, ReplayProgressText::Phase phase)
{
    m_lastProgress = progress;
    m_progress->setRange(0, int(qMax<qint64>(1, progress.total)));
    m_progress->setValue(int(progress.done));
    m_progressLabel->setText(ReplayProgressText::format(progress, phase));
}

void ReplayPage::onFinished(
    ReplayEngine::Finish how, const ReplayProgress &progress, bool unreachable)
{
    showProgress(progress,
        how == ReplayEngine::Finish::Cancelled       ? ReplayProgressText::Phase::Cancelled
            : how == ReplayEngine::Finish::Completed ? ReplayProgressText::Phase::Running
                                                     : ReplayProgressText::Phase::Stopped);
    const qint64 runId = m_runner->runId();
    const QString counts = tr("%1 passed, %2 failed, %3 skipped of %4")
                               .arg(progress.passed)
                               .arg(progress.failed)
                               .arg(progress.skipped)
                               .arg(progress.total);
    if (unreachable)
        showError(tr("The target is unreachable (nobody answered). Run %1 was stopped; resume "
                     "it from History once the target is up.")
                      .arg(runId));
    else if (how == ReplayEngine::Finish::Failed) {
        // The runner's failed() signal has shown the cause.
    } else if (runId == 0)
        m_messages->showMessage(tr("Dry run: nothing was sent; %1.").arg(counts));
    else if (how == ReplayEngine::Finish::Completed)
        m_messages->showMessage(tr("Run %1 completed: %2.").arg(runId).arg(counts),
            progress.failed ? MessageBar::Level::Warning : MessageBar::Level::Info);
    else
        m_messages->showMessage(
            tr("Run %1 %2: %3. Resume it from History.")
                .arg(runId)
                .arg(how == ReplayEngine::Finish::Cancelled ? tr("cancelled") : tr("stopped"))
                .arg(counts),
            MessageBar::Level::Warning);
    m_history->refresh();
    updateControls();
    emit runFinished(runId, how);
}

void ReplayPage::updateControls()
{
    const bool hasSets = m_source->hasSets();
    const ReplayEngine::State state = m_runner->state();
    const bool active
        = state == ReplayEngine::State::Running || state == ReplayEngine::State::Paused;
    m_emptyState->setVisible(!hasSets);
    m_start->setEnabled(hasSets && !active);
    m_startAction->setEnabled(hasSets && !active);
    m_pause->setEnabled(active);
    m_pauseAction->setEnabled(active);
    m_pause->setText(state == ReplayEngine::State::Paused ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(active);
    m_cancelAction->setEnabled(active);
    m_options->setEnabled(!active);
    m_source->setEnabled(!active);
}

void ReplayPage::showSelectedDetails()
{
    m_details->showRow(m_model->rowAt(m_table->currentIndex().row()));
}
