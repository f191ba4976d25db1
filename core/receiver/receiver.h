#pragma once

#include "core/receiver/receivedrequest.h"
#include "core/receiver/receiversettings.h"
#include "core/receiver/receiverstats.h"
#include "core/receiver/requestframer.h"
#include "core/receiver/requestinbox.h"
#include "core/receiver/requestprocessor.h"

#include "core/common/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>

class Clock;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class GuardedTcpServer;

// The local receiver: serves the events endpoint on 127.0.0.1 so that senders (this app, n8n,
// scripts) can be tried without touching the real API. Answers like the real API, validates
// with the same core, remembers dedup IDs, records every request and injects faults on demand.
class Receiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Receiver)

public:
    using Sink = std::function<void(const ReceivedRequest &)>;
    // Stores an accepted event and then calls `done` with an empty problem, or with why it was
    // not stored; for a duplicate it stores nothing and calls `done` once every event handed
    // over before it was kept. It may answer later (a writer thread); the receiver goes on.
    using Done = std::function<void(const QString &problem)>;
    using Keeper = std::function<void(const ReceivedRequest &, Done done)>;

    explicit Receiver(SchemaSet schemas, const ReceiverSettings &settings = {},
        const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Receiver() override;

    // Listens on 127.0.0.1 at settings().port (0: any free port); returns the real port.
    Result<quint16> start();
    void stop();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    // The endpoint of `family`; `legacy` gives the older ".../generic/generic/{family}" form.
    QUrl endpointUrl(const QString &family, bool legacy = false) const;
    static QStringList pathPrefixes(); // both documented forms, ending in "/"

    const ReceiverSettings &settings() const { return m_processor.settings(); }
    // Applies at once (faults are reseeded); a new port takes effect on the next start().
    void setSettings(const ReceiverSettings &settings);

    const ReceiverStats &stats() const { return m_processor.stats(); }
    void resetStats();
    QVector<ReceivedRequest> inbox() const { return m_inbox.entries(); }
    void clearInbox() { m_inbox.clear(); }
    // Called with every finished request (after requestReceived); for persistence.
    void setSink(Sink sink) { m_sink = std::move(sink); }
    // With a keeper, an accepted event is answered 200 only once it is stored, and 503 when
    // the keeper could not store it; a duplicate is answered once its first copy is kept, and
    // 503 if that copy was not: the receiver never acknowledges what it did not keep.
    void setKeeper(Keeper keeper) { m_keeper = std::move(keeper); }

signals:
    void requestReceived(const ReceivedRequest &request);
    void statsChanged();

private:
    struct Pending;

    void registerRoutes(QHttpServer &server);
    void handle(const QString &family, bool endpoint, const QHttpServerRequest &request,
        QHttpServerResponder &&responder);
    void refuseEarly(
        QTcpSocket *socket, const RequestFramer::Head &head, qint64 bodyBytes, int status);
    void enqueue(const std::shared_ptr<Pending> &pending);
    QString refusalMessage(const RequestFramer::Head &head, qint64 bodyBytes, int status) const;
    bool owesAnswer(const QObject *connection) const;
    void keep(const std::shared_ptr<Pending> &pending);
    void delayPassed(const std::shared_ptr<Pending> &pending);
    void markReady(const std::shared_ptr<Pending> &pending);
    void flush(const QObject *connection);
    void answer(const std::shared_ptr<Pending> &pending);
    void withdrawUnanswered();
    void finish(ReceivedRequest record);
    static RequestProcessor::Incoming incoming(const QHttpServerRequest &request);

    RequestProcessor m_processor;
    RequestInbox m_inbox;
    Sink m_sink;
    Keeper m_keeper;
    // Answers of one connection go out in the order its requests came (pipelining, RFC 9112
    // §9.3.2), even when injected latency readies them out of order.
    std::map<const QObject *, std::deque<std::shared_ptr<Pending>>> m_queues;
    std::set<std::shared_ptr<Pending>> m_unanswered;
    QPointer<QHttpServer> m_server;
    QPointer<GuardedTcpServer> m_listener;
    quint16 m_port = 0;
};
