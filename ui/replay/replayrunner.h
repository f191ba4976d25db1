#pragma once

#include "ui/replay/resultrow.h"

#include "core/common/result.h"
#include "core/net/redactor.h"
#include "core/net/targetconfig.h"
#include "core/replay/replayengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

class ReplaySession;
class Workspace;

// Runs one replay for the page through the ReplaySession the CLI uses too (with the real port of
// the app's receiver), and hands results on in batches a few times a second so a fast run does
// not repaint per event.
class ReplayRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayRunner)

public:
    static constexpr int BatchIntervalMs = 150;

    explicit ReplayRunner(Workspace &workspace, QObject *parent = nullptr);
    ~ReplayRunner() override;

    Result<qint64> start(qint64 setId, const QString &setName, const TargetConfig &target,
        const ReplayOptions &options);
    // Continues a stored run (cancelled, stopped or crashed) of the same set.
    Result<qint64> resumeRun(const RunRecord &run, const TargetConfig &target);
    void pause();
    void resume();
    void cancel();

    bool isActive() const;
    ReplayEngine::State state() const;
    qint64 runId() const { return m_runId; }
    const Redactor &redactor() const;

signals:
    void started(qint64 runId);
    void resultsReady(const QVector<ResultRow> &rows);
    void progressChanged(const ReplayProgress &progress);
    void stateChanged(ReplayEngine::State state);
    void failed(const Error &error); // just before finished(Failed)
    void finished(ReplayEngine::Finish how, const ReplayProgress &progress, bool unreachable);

private:
    Result<QVector<ReplayEvent>> prepare(qint64 setId, const TargetConfig &target, int concurrency);
    void connectEngine();
    void onResult(const ReplayResult &result);
    void onFinished(ReplayEngine::Finish how, const ReplayProgress &progress);
    void flush();
    void reset();
    void loadEarlierRows(const RunRecord &run);

    Workspace &m_workspace;
    Redactor m_noSecrets; // before the first run
    std::unique_ptr<ReplaySession> m_session;
    QVector<ResultRow> m_pending;
    // A resumed run's results from before the resume, as stored (bodies included), by position.
    QHash<int, ResultRow> m_earlier;
    qint64 m_sessionStartMs = 0; // since the run started: where this session's times begin
    QTimer m_batchTimer;
    QElapsedTimer m_clock;
    qint64 m_runId = 0;
};
