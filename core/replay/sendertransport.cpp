#include "sendertransport.h"

#include "net/sender.h"

#include <QThread>

SenderTransport::SenderTransport(int senders, QObject *parent)
    : ReplayTransport(parent)
{
    qRegisterMetaType<SendRequest>();
    qRegisterMetaType<SendResult>();
    for (int i = 0; i < std::max(1, senders); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("replay-sender-%1").arg(i));
        auto *sender = new Sender;
        sender->setDirectHttp(true);
        sender->moveToThread(thread);
        connect(thread, &QThread::finished, sender, &QObject::deleteLater);
        connect(
            sender, &Sender::finished, this, &SenderTransport::onFinished, Qt::QueuedConnection);
        thread->start();
        m_threads << thread;
        m_senders << sender;
        m_inFlight << 0;
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
    QMetaObject::invokeMethod(m_senders[index], "start", Qt::QueuedConnection, Q_ARG(quint64, id),
        Q_ARG(SendRequest, request));
    return id;
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
