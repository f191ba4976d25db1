#pragma once

#include "tests/support/replayfakes.h"

#include "core/replay/replayengine.h"

#include <QObject>

#include <memory>
#include <optional>

// The rig of the replay tests that need no store (beside JournaledReplayTest, which adds one):
// a manual clock and timers, the scripted fake transport, and on request an engine whose
// results and finish are recorded. Test classes derive from it and call setUpRig() and
// tearDownRig() from their init() and cleanup().
class ReplayRigTest : public QObject
{
protected:
    void setUpRig()
    {
        m_clock = std::make_unique<ManualClock>();
        m_timers = std::make_unique<ManualTimerSource>(*m_clock);
        m_transport = std::make_unique<FakeTransport>(*m_clock, *m_timers);
    }

    void tearDownRig()
    {
        m_engine.reset();
        m_transport.reset();
        m_timers.reset();
        m_clock.reset();
    }

    // An engine on the rig; what it reports lands in m_results and m_finish.
    void newRecordedEngine()
    {
        m_engine = std::make_unique<ReplayEngine>(*m_transport, *m_clock, *m_timers);
        m_results.clear();
        m_finish.reset();
        connect(m_engine.get(), &ReplayEngine::resultReady, this,
            [this](const ReplayResult &r) { m_results << r; });
        connect(m_engine.get(), &ReplayEngine::finished, this,
            [this](ReplayEngine::Finish how, const ReplayProgress &) { m_finish = how; });
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualTimerSource> m_timers;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<ReplayEngine> m_engine;
    QVector<ReplayResult> m_results;
    std::optional<ReplayEngine::Finish> m_finish;
};
