#include "ui/replay/replayrunner.h"

#include "core/replay/replayerrors.h"
#include "ui/replay/setevents.h"
#include "ui/workspace.h"

#include "core/common/systemclock.h"
#include "core/net/secretstore.h"
#include "core/replay/qttimersource.h"
#include "core/replay/runjournal.h"
#include "core/replay/sendertransport.h"
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
        m_engine->cancel();
    reset();
}

// The engine of the previous run lives until the next one starts, so its signals never end
// with the engine deleted under them.
void ReplayRunner::reset()
{
    m_batchTimer.stop();
    m_engine.reset();
    m_timers.reset();
    m_transport.reset();
    m_journal.reset();
    m_runs.reset();
    m_pending.clear();
    m_runId = 0;
    m_unreachableInRow = 0;
    m_answered = false;
    m_unreachable = false;
}

Result<QVector<ReplayEvent>> ReplayRunner::prepare(
    qint64 setId, const TargetConfig &target, int concurrency)
{
    if (isActive())
        return Error {ReplayErrors::Busy, tr("A replay is already running.")};
    auto events = SetEvents::load(m_workspace.store(), setId);
    if (!events)
        return events.error();
    reset();
    QString apiKey;
    if (auto key = m_workspace.secrets().resolveKey(target))
        apiKey = key.value().key;
    m_redactor = Redactor();
    if (!apiKey.isEmpty())
        m_redactor.addSecret(apiKey);
    m_runs = std::make_unique<RunStore>(m_workspace.store().runs());
    m_journal = std::make_unique<RunJournal>(*m_runs);
    m_journal->setRedactor(m_redactor);
    m_transport = std::make_unique<SenderTransport>(SenderTransport::sendersFor(concurrency));
    m_timers = std::make_unique<QtTimerSource>();
    m_engine = std::make_unique<ReplayEngine>(*m_transport, SystemClock::instance(), *m_timers);
    m_engine->setValidator(&m_workspace.validator());
    m_engine->setJournal(m_journal.get());
    m_engine->setRequestTemplate(
        SendRequest {target, QString(), QByteArray(), apiKey, m_workspace.receiverPort()});
    connectEngine();
    return events;
}

void ReplayRunner::connectEngine()
{
    ReplayEngine *engine = m_engine.get();
    connect(engine, &ReplayEngine::resultReady, this, &ReplayRunner::onResult);
    connect(engine, &ReplayEngine::progressChanged, this, &ReplayRunner::progressChanged);
    connect(engine, &ReplayEngine::stateChanged, this, &ReplayRunner::stateChanged);
    connect(engine, &ReplayEngine::failed, this, &ReplayRunner::failed);
    connect(engine, &ReplayEngine::finished, this, &ReplayRunner::onFinished);
    connect(m_transport.get(), &ReplayTransport::finished, this, &ReplayRunner::onSent);
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
    auto begun = m_engine->start(events.value(), options, record);
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
    auto resumed = m_engine->resumeRun(run.id, events.value());
    if (!resumed)
        return resumed;
    m_runId = resumed.value();
    emit started(m_runId);
    return resumed;
}

void ReplayRunner::pause()
{
    if (m_engine && m_engine->state() == ReplayEngine::State::Running)
        m_engine->pause();
}

void ReplayRunner::resume()
{
    if (m_engine && m_engine->state() == ReplayEngine::State::Paused)
        m_engine->resume();
}

void ReplayRunner::cancel()
{
    if (isActive())
        m_engine->cancel();
}

bool ReplayRunner::isActive() const
{
    return m_engine
        && (m_engine->state() == ReplayEngine::State::Running
            || m_engine->state() == ReplayEngine::State::Paused);
}

ReplayEngine::State ReplayRunner::state() const
{
    return m_engine ? m_engine->state() : ReplayEngine::State::Idle;
}

void ReplayRunner::onResult(const ReplayResult &result)
{
    ResultRow row = ResultRow::fromLive(result, m_redactor);
    if (!row.earlier)
        row.completedMs = m_clock.elapsed();
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
    emit finished(how, progress, m_unreachable);
}

// As the CLI does: a target nobody listens on ends the run instead of retrying every event.
void ReplayRunner::onSent(const SendResult &result)
{
    using K = SendResult::ErrorKind;
    m_answered = m_answered || result.status > 0;
    const bool refused
        = result.errorKind == K::ConnectionRefused || result.errorKind == K::HostNotFound;
    m_unreachableInRow = refused ? m_unreachableInRow + 1 : 0;
    if (!m_answered && m_unreachableInRow >= UnreachableAttempts && !m_unreachable) {
        m_unreachable = true;
        cancel();
    }
}
