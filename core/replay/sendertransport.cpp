#include "core/replay/sendertransport.h"

#include "core/net/sender.h"

#include <QThread>

// Requests for one sender's thread, handed over together.
struct SenderTransport::Lane
{
    Sender *sender = nullptr;
    QMutex mutex;
    QList<QPair<quint64, SendRequest>> pending;
    bool posted = false;
};

SenderTransport::SenderTransport(int senders, QObject *parent)
    : ReplayTransport(parent)
{
    for (int i = 0; i < std::max(1, senders); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("replay-sender-%1").arg(i));
        auto *sender = new Sender;
        sender->setDirectHttp(true);
        sender->moveToThread(thread);
        connect(thread, &QThread::finished, sender, &QObject::deleteLater);
        connect(sender, &Sender::finished, this, &SenderTransport::collect, Qt::DirectConnection);
        thread->start();
        m_threads << thread;
        m_senders << sender;
        m_inFlight << 0;
        m_lanes.push_back(std::make_unique<Lane>());
        m_lanes.back()->sender = sender;
    }
}

SenderTransport::~SenderTransport()
{
    for (Sender *sender : std::as_const(m_senders))
        disconnect(sender, nullptr, this, nullptr);
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
}

int SenderTransport::sendersFor(int concurrency)
{
    return std::max(1, (concurrency + ConnectionsPerSender - 1) / ConnectionsPerSender);
}

quint64 SenderTransport::send(const SendRequest &request)
{
    const auto least = std::min_element(m_inFlight.cbegin(), m_inFlight.cend());
    const int index = int(least - m_inFlight.cbegin());
    const quint64 id = Sender::allocateId();
    m_owner.insert(id, index);
    ++m_inFlight[index];
    Lane &lane = *m_lanes[size_t(index)];
    QMutexLocker lock(&lane.mutex);
    lane.pending.append({id, request});
    if (!std::exchange(lane.posted, true)) {
        QMetaObject::invokeMethod(
            lane.sender, [this, &lane] { startPending(lane); }, Qt::QueuedConnection);
    }
    return id;
}

void SenderTransport::startPending(Lane &lane)
{
    QList<QPair<quint64, SendRequest>> pending;
    {
        QMutexLocker lock(&lane.mutex);
        pending.swap(lane.pending);
        lane.posted = false;
    }
    for (const auto &[id, request] : std::as_const(pending))
        lane.sender->start(id, request);
}

void SenderTransport::collect(const SendResult &result)
{
    QMutexLocker lock(&m_resultsMutex);
    m_results.append(result);
    if (!std::exchange(m_resultsPosted, true))
        QMetaObject::invokeMethod(
            this, [this] { deliverCollected(); }, Qt::QueuedConnection);
}

void SenderTransport::deliverCollected()
{
    QList<SendResult> results;
    {
        QMutexLocker lock(&m_resultsMutex);
        results.swap(m_results);
        m_resultsPosted = false;
    }
    for (const SendResult &result : std::as_const(results))
        onFinished(result);
}

void SenderTransport::cancelAll()
{
    for (Sender *sender : std::as_const(m_senders))
        QMetaObject::invokeMethod(sender, "cancelAll", Qt::QueuedConnection);
}

void SenderTransport::onFinished(const SendResult &result)
{
    const auto it = m_owner.constFind(result.id);
    if (it == m_owner.cend())
        return;
    --m_inFlight[it.value()];
    m_owner.erase(it);
    emit finished(result);
}
