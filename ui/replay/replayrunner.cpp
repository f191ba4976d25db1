#include "ui/replay/replayrunner.h"

#include "core/replay/replayerrors.h"
#include "ui/replay/setevents.h"
#include "ui/workspace.h"

#include "core/net/secretstore.h"
#include "core/replay/replaysession.h"
#include "core/storage/eventstore.h"

#include <QJsonDocument>

ReplayRunner::ReplayRunner(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ReplayRunner::flush);
}

ReplayRunner::~ReplayRunner()
{
    if (isActive())
        m_session->engine().cancel();
    reset();
}

// The session of the previous run lives until the next one starts, so its signals never end
// with the engine deleted under them.
void ReplayRunner::reset()
{
    m_batchTimer.stop();
    m_session.reset();
    m_pending.clear();
    m_earlier.clear();
    m_sessionStartMs = 0;
    m_runId = 0;
}

Result<QVector<ReplayEvent>> ReplayRunner::prepare(
    qint64 setId, const TargetConfig &target, int concurrency)
{
    if (isActive())
        return Error {ReplayErrors::Busy, tr("A replay is already running.")};
    // A target on this app's receiver ({port}) has nowhere to go while it is stopped; without
    // this check every event went to whatever listened on the preferred port.
    if (target.urlTemplate.contains(QLatin1String(TargetConfig::PortPlaceholder))
        && m_workspace.sendingPort() == 0)
        return Error {ReplayErrors::ReceiverStopped,
            tr("\"%1\" sends to the local receiver, which is stopped: start it on the Receiver "
               "page, or choose another target.")
                .arg(target.name)};
    auto events = SetEvents::load(m_workspace.store(), setId);
    if (!events)
        return events.error();
    reset();
    QString apiKey;
    if (auto key = m_workspace.secrets().resolveKey(target))
        apiKey = key.value().key;
    m_session = std::make_unique<ReplaySession>(m_workspace.store(), m_workspace.validator(),
        ReplaySession::Setup {target, apiKey, m_workspace.sendingPort(), concurrency});
    connectEngine();
    return events;
}

void ReplayRunner::connectEngine()
{
    ReplayEngine *engine = &m_session->engine();
    connect(engine, &ReplayEngine::resultReady, this, &ReplayRunner::onResult);
    connect(engine, &ReplayEngine::progressChanged, this, &ReplayRunner::progressChanged);
    connect(engine, &ReplayEngine::stateChanged, this, &ReplayRunner::stateChanged);
    connect(engine, &ReplayEngine::failed, this, &ReplayRunner::failed);
    connect(engine, &ReplayEngine::finished, this, &ReplayRunner::onFinished);
    m_clock.start();
    m_batchTimer.start();
}

Result<qint64> ReplayRunner::start(
    qint64 setId, const QString &setName, const TargetConfig &target, const ReplayOptions &options)
{
    auto events = prepare(setId, target, options.concurrency);
    if (!events)
        return events.error();
    const RunRecord record {0, setId, setName, 0, target.name};
    ReplayOptions withTarget = options;
    withTarget.templateEnvironment = target.templateEnvironment; // what {{env.NAME}} may read
    auto begun = m_session->engine().start(events.value(), withTarget, record);
    if (!begun)
        return begun;
    m_runId = begun.value();
    emit started(m_runId);
    return begun;
}

Result<qint64> ReplayRunner::resumeRun(const RunRecord &run, const TargetConfig &target)
{
    const auto options
        = ReplayOptions::fromJson(QJsonDocument::fromJson(run.optionsJson.toUtf8()).object());
    auto events = prepare(run.setId, target, options ? options.value().concurrency : 4);
    if (!events)
        return events.error();
    loadEarlierRows(run);
    auto resumed = m_session->engine().resumeRun(run.id, events.value());
    if (!resumed)
        return resumed;
    m_runId = resumed.value();
    emit started(m_runId);
    return resumed;
}

void ReplayRunner::pause()
{
    if (state() == ReplayEngine::State::Running)
        m_session->engine().pause();
}

void ReplayRunner::resume()
{
    if (state() == ReplayEngine::State::Paused)
        m_session->engine().resume();
}

void ReplayRunner::cancel()
{
    if (isActive())
        m_session->engine().cancel();
}

bool ReplayRunner::isActive() const
{
    return state() == ReplayEngine::State::Running || state() == ReplayEngine::State::Paused;
}

ReplayEngine::State ReplayRunner::state() const
{
    return m_session ? m_session->engine().state() : ReplayEngine::State::Idle;
}

const Redactor &ReplayRunner::redactor() const
{
    return m_session ? m_session->redactor() : m_noSecrets;
}

// The engine keeps no bodies of results from before a resume; the store has them. This
// session's times go on from the last of them, so the charts continue the run.
void ReplayRunner::loadEarlierRows(const RunRecord &run)
{
    const auto report = RunReport::load(m_workspace.store().runs(), run.id, redactor());
    if (!report)
        return; // the engine's own summary rows are shown instead
    for (const RunReport::Entry &entry : report.value().entries()) {
        if (entry.row.state != RunResultState::Done)
            continue;
        ResultRow row = ResultRow::fromEntry(entry, run.startedAt);
        row.earlier = true;
        m_sessionStartMs = qMax(m_sessionStartMs, row.completedMs);
        m_earlier.insert(row.position, row);
    }
}

void ReplayRunner::onResult(const ReplayResult &result)
{
    if (result.fromEarlierSession && m_earlier.contains(result.position)) {
        m_pending.append(m_earlier.take(result.position));
        return;
    }
    ResultRow row = ResultRow::fromLive(result, redactor());
    if (!row.earlier)
        row.completedMs = m_sessionStartMs + m_clock.elapsed();
    m_pending.append(row);
}

void ReplayRunner::flush()
{
    if (m_pending.isEmpty())
        return;
    const QVector<ResultRow> rows = std::exchange(m_pending, {});
    emit resultsReady(rows);
}

void ReplayRunner::onFinished(ReplayEngine::Finish how, const ReplayProgress &progress)
{
    m_batchTimer.stop();
    flush();
    emit finished(how, progress, m_session && m_session->isUnreachable());
}
