#pragma once

#include "core/net/redactor.h"
#include "core/net/targetconfig.h"

#include <QtGlobal>

#include <memory>

class EventStore;
class QtTimerSource;
class ReplayEngine;
class ReplayTransport;
class RunJournal;
class RunStore;
class SenderTransport;
class Validator;

// One replay as the desktop app and `eventsmith-cli replay` both run it: a redactor that knows
// the key, the journal on the store's run tables, real senders enough for the concurrency, Qt
// timers and the engine, wired once; plus the one rule both apply on top of the engine: a target
// nobody listens on (refused or unknown host, never an answer) ends the run instead of retrying
// every event. Start, resume, pause and cancel go to engine().
class ReplaySession final
{
    Q_DISABLE_COPY_MOVE(ReplaySession)

public:
    // Attempts in a row that found nobody listening, with no answer ever, before giving up.
    static constexpr int UnreachableAttempts = 3;

    struct Setup
    {
        TargetConfig target;
        QString apiKey; // sent as the target says, and redacted from everything kept or shown
        quint16 receiverPort = 0; // fills `{port}` of a target on the local receiver
        int concurrency = 4; // sizes the transport: events in flight at once
    };

    ReplaySession(EventStore &store, const Validator &validator, const Setup &setup);
    ~ReplaySession();

    ReplayEngine &engine() { return *m_engine; }
    const ReplayEngine &engine() const { return *m_engine; }
    ReplayTransport &transport();
    const Redactor &redactor() const { return m_redactor; }
    // True once the run was cancelled because nobody listens at the target.
    bool isUnreachable() const { return m_unreachable; }

private:
    void watchReachability();

    Redactor m_redactor;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<SenderTransport> m_transport;
    std::unique_ptr<QtTimerSource> m_timers;
    std::unique_ptr<ReplayEngine> m_engine;
    int m_unreachableInRow = 0;
    bool m_answered = false;
    bool m_unreachable = false;
};
