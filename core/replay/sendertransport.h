#pragma once

#include "core/replay/replaytransport.h"

#include <QList>
#include <QMutex>

#include <memory>
#include <vector>

class QThread;
class Sender;

// ReplayTransport on real Senders, each with its own QNetworkAccessManager in its own thread:
// Qt 6.4 keeps at most 6 connections per host and manager, so N senders allow 6·N requests in
// flight to one target. Requests go to the sender with the fewest in flight. Requests and
// results cross threads in batches: one queued call carries all that piled up since the last,
// not one wake-up per event each way.
class SenderTransport final : public ReplayTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderTransport)

public:
    static constexpr int ConnectionsPerSender = 6;

    explicit SenderTransport(int senders, QObject *parent = nullptr);
    ~SenderTransport() override;
    // Enough senders for `concurrency` requests in flight to one host.
    static int sendersFor(int concurrency);

    quint64 send(const SendRequest &request) override;
    void cancelAll() override;
    int senderCount() const { return int(m_senders.size()); }

private:
    struct Lane;

    void startPending(Lane &lane);
    void collect(const SendResult &result); // in a sender's thread
    void deliverCollected();
    void onFinished(const SendResult &result);

    QList<QThread *> m_threads;
    QList<Sender *> m_senders;
    QList<int> m_inFlight;
    QHash<quint64, int> m_owner; // request id -> sender index
    std::vector<std::unique_ptr<Lane>> m_lanes; // one per sender
    QMutex m_resultsMutex;
    QList<SendResult> m_results; // finished in the senders' threads, not yet delivered
    bool m_resultsPosted = false;
};
