#pragma once

#include "tests/support/replayfakes.h"

#include "core/replay/replayengine.h"
#include "core/replay/runjournal.h"
#include "core/storage/eventstore.h"
#include "core/storage/runstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

// The rig of the tests that replay into the store: a manual clock and timers, the fake transport
// answered by a FakeDedupServer, a temporary store with its run journal, and an engine whose
// results and finish are recorded. Test classes derive from it and call setUpRig()/tearDownRig()
// from their init()/cleanup().
class JournaledReplayTest : public QObject
{
protected:
    void setUpRig()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>();
        m_timers = std::make_unique<ManualTimerSource>(*m_clock);
        m_transport = std::make_unique<FakeTransport>(*m_clock, *m_timers);
        m_store = std::make_unique<EventStore>(m_clock.get());
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
        m_runs = std::make_unique<RunStore>(m_store->runs());
        m_journal = std::make_unique<RunJournal>(*m_runs);
        m_server = FakeDedupServer();
        m_transport->setResponder([this](const SendRequest &r, int) { return m_server.answer(r); });
        newEngine();
    }

    void tearDownRig()
    {
        m_engine.reset();
        m_journal.reset();
        m_runs.reset();
        m_store.reset();
        m_transport.reset();
        m_timers.reset();
    }

    // A fresh engine on the same store, as after a restart of the process.
    void newEngine()
    {
        m_engine = std::make_unique<ReplayEngine>(*m_transport, *m_clock, *m_timers);
        m_engine->setJournal(m_journal.get());
        m_results.clear();
        m_finish.reset();
        connect(m_engine.get(), &ReplayEngine::resultReady, this,
            [this](const ReplayResult &r) { m_results << r; });
        connect(m_engine.get(), &ReplayEngine::finished, this,
            [this](ReplayEngine::Finish how, const ReplayProgress &) { m_finish = how; });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualTimerSource> m_timers;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<ReplayEngine> m_engine;
    QVector<ReplayResult> m_results;
    std::optional<ReplayEngine::Finish> m_finish;
    FakeDedupServer m_server;
};
