#pragma once

#include "ui/replay/replayprogresstext.h"

#include "core/common/result.h"
#include "core/replay/replayengine.h"
#include "core/report/reportwriter.h"

#include <QWidget>

class MessageBar;
class QAction;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class ReplayCharts;
class ReplayOptionsForm;
class ReplayRunner;
class ResultDetails;
class ResultsModel;
class RunHistoryPanel;
class RunSourcePicker;
class Workspace;

// The replay page: runs a set against a target and shows live results, charts and run history.
class ReplayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ReplayPage() override;

    ResultsModel *resultsModel() const { return m_model; }
    RunHistoryPanel *history() const { return m_history; }
    RunSourcePicker *source() const { return m_source; }
    ReplayCharts *charts() const { return m_charts; }
    MessageBar *messageBar() const { return m_messages; }
    qint64 currentRunId() const;
    bool isRunning() const;

    // Writes a stored run as a report (the export button asks for the file first).
    Result<> exportRun(qint64 runId, ReportWriter::Format format, const QString &path);

public slots:
    void startReplay();
    void togglePause();
    void cancelReplay();
    void resumeStoredRun(qint64 runId);
    void openStoredRun(qint64 runId);
    void exportWithDialog(qint64 runId);

signals:
    void runFinished(qint64 runId, ReplayEngine::Finish how);

private:
    QWidget *buildHeader();
    QWidget *buildRunTab();
    QLayout *buildProgressRow();
    void buildActions();
    void connectRunner();
    void prepareLiveView();
    void showError(const QString &text);
    void onProgress(const ReplayProgress &progress);
    void showProgress(const ReplayProgress &progress, ReplayProgressText::Phase phase);
    void onFinished(ReplayEngine::Finish how, const ReplayProgress &progress, bool unreachable);
    void updateControls();
    void showSelectedDetails();

    Workspace &m_workspace;
    ReplayRunner *m_runner = nullptr;
    ResultsModel *m_model = nullptr;
    MessageBar *m_messages = nullptr;
    RunSourcePicker *m_source = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    ReplayOptionsForm *m_options = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_emptyState = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    ResultDetails *m_details = nullptr;
    ReplayCharts *m_charts = nullptr;
    RunHistoryPanel *m_history = nullptr;
    ReplayProgress m_lastProgress;
};
