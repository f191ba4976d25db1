#include "core/replay/replaysession.h"

#include "core/common/systemclock.h"
#include "core/replay/qttimersource.h"
#include "core/replay/replayengine.h"
#include "core/replay/runjournal.h"
#include "core/replay/sendertransport.h"
#include "core/storage/eventstore.h"

ReplaySession::ReplaySession(EventStore &store, const Validator &validator, const Setup &setup)
{
    if (!setup.apiKey.isEmpty())
        m_redactor.addSecret(setup.apiKey);
    m_runs = std::make_unique<RunStore>(store.runs());
    m_journal = std::make_unique<RunJournal>(*m_runs);
    m_journal->setRedactor(m_redactor);
    m_transport = std::make_unique<SenderTransport>(SenderTransport::sendersFor(setup.concurrency));
    m_timers = std::make_unique<QtTimerSource>();
    m_engine = std::make_unique<ReplayEngine>(*m_transport, SystemClock::instance(), *m_timers);
    m_engine->setValidator(&validator);
    m_engine->setJournal(m_journal.get());
    m_engine->setRequestTemplate(
        SendRequest {setup.target, QString(), QByteArray(), setup.apiKey, setup.receiverPort});
    watchReachability();
}

// The engine goes first: it may still talk to the transport, timers and journal.
ReplaySession::~ReplaySession()
{
    m_engine.reset();
}

ReplayTransport &ReplaySession::transport()
{
    return *m_transport;
}

void ReplaySession::watchReachability()
{
    QObject::connect(m_transport.get(), &ReplayTransport::finished, m_engine.get(),
        [this](const SendResult &result) {
            using K = SendResult::ErrorKind;
            m_answered = m_answered || result.status > 0;
            const bool refused
                = result.errorKind == K::ConnectionRefused || result.errorKind == K::HostNotFound;
            m_unreachableInRow = refused ? m_unreachableInRow + 1 : 0;
            if (!m_answered && m_unreachableInRow >= UnreachableAttempts && !m_unreachable) {
                m_unreachable = true; // before cancel(): finished() handlers read it
                m_engine->cancel();
            }
        });
}
