#include "core/receiver/receiver.h"

#include "core/receiver/guardedtcpserver.h"
#include "core/receiver/receivererrors.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace {

const QString prefix = QStringLiteral("/api/v2/analytics/webhook/receive/generic/");
const QString legacyPrefix = QStringLiteral("/api/v2/analytics/webhook/receive/generic/generic/");

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

void writeAnswer(
    QHttpServerResponder &responder, const ReceivedRequest &record, const HeaderList &extraHeaders)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(record.status));
    responder.writeHeader("Content-Type", "application/json");
    for (const auto &header : extraHeaders)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(record.responseBody.size()));
    responder.writeBody(record.responseBody);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    default:
        return "Error";
    }
}

// The answer to a request refused before QHttpServer read it all: written on the socket, which
// is then closed (its unread rest is never read).
void writeClosingAnswer(QTcpSocket &socket, const ReceivedRequest &record)
{
    socket.write("HTTP/1.1 " + QByteArray::number(record.status) + ' ' + reasonPhrase(record.status)
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(record.responseBody.size()) + "\r\n\r\n" + record.responseBody);
    socket.disconnectFromHost();
}

// "/api/v2/analytics/webhook/receive/generic/emails" → "emails"; "" when not an endpoint.
QString familyOfPath(const QString &path)
{
    for (const QString &start : {legacyPrefix, prefix}) {
        if (!path.startsWith(start))
            continue;
        const QString rest = path.mid(start.size());
        return rest.contains(QLatin1Char('/')) ? QString() : rest;
    }
    return {};
}

} // namespace

// A request whose answer may be written later (injected latency). QHttpServer 6.4 only offers
// delayed answers through a responder moved out of the route; the socket is watched because the
// client may go away (and QHttpServer delete it) before the timer fires.
struct Receiver::Pending
{
    Pending(RequestProcessor::Outcome outcome, QHttpServerResponder &&responder)
        : outcome(std::move(outcome))
        , responder(std::move(responder))
        , socket(this->responder->socket())
        , connection(socket.data())
    {
        timer.start();
    }
    // A request the connection guard refused before QHttpServer read it: no responder.
    Pending(RequestProcessor::Outcome outcome, QTcpSocket *socket)
        : outcome(std::move(outcome))
        , socket(socket)
        , connection(socket)
    {
        timer.start();
    }

    RequestProcessor::Outcome outcome;
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    const QObject *connection = nullptr; // the key of its connection's queue
    QElapsedTimer timer;
    bool kept = false; // the keeper had its say (or there was nothing to keep)
    bool delayPassed = false; // its injected latency is over
    bool ready = false; // both: it may be answered
    bool done = false; // answered, or withdrawn when the receiver stopped first
};

Receiver::Receiver(
    SchemaSet schemas, const ReceiverSettings &settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_processor(std::move(schemas), settings, clock)
    , m_inbox(settings.inboxCapacity)
{
    qRegisterMetaType<ReceivedRequest>();
}

Receiver::~Receiver()
{
    stop();
}

Result<quint16> Receiver::start()
{
    stop();
    auto *server = new QHttpServer(this);
    registerRoutes(*server);
    auto *tcp = new GuardedTcpServer(
        settings().connectionLimits(),
        [this](QTcpSocket *socket, const RequestFramer::Head &head, qint64 bodyBytes, int status) {
            refuseEarly(socket, head, bodyBytes, status);
        },
        [this](const QObject *connection) { return owesAnswer(connection); }, server);
    if (!tcp->listen(QHostAddress::LocalHost, settings().port)) {
        const QString message = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                                    .arg(settings().port)
                                    .arg(tcp->errorString());
        delete server;
        return Error {ReceiverErrors::ListenFailed, message};
    }
    server->bind(tcp);
    m_server = server;
    m_listener = tcp;
    m_port = tcp->serverPort();
    return m_port;
}

void Receiver::stop()
{
    withdrawUnanswered();
    if (!m_server)
        return;
    // Close the port now, delete later: stop() may run inside one of the server's own handlers
    // (a slot of requestReceived), and the port must be free for an immediate restart.
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
    m_server->deleteLater();
    m_server = nullptr;
    m_port = 0;
}

QUrl Receiver::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl Receiver::endpointUrl(const QString &family, bool legacy) const
{
    QUrl url = baseUrl();
    url.setPath((legacy ? legacyPrefix : prefix) + family);
    return url;
}

QStringList Receiver::pathPrefixes()
{
    return {prefix, legacyPrefix};
}

void Receiver::setSettings(const ReceiverSettings &settings)
{
    m_processor.setSettings(settings);
    m_inbox.setCapacity(settings.inboxCapacity);
    if (m_listener)
        m_listener->setLimits(settings.connectionLimits());
}

void Receiver::resetStats()
{
    m_processor.resetStats();
    emit statsChanged();
}

void Receiver::registerRoutes(QHttpServer &server)
{
    // QHttpServer's <arg> matches one path segment, so ".../generic/generic/emails" reaches the
    // second route only, and methods other than POST reach the handler (for a 405).
    server.route(prefix + QStringLiteral("<arg>"),
        [this](const QString &family, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) {
            handle(family, true, request, std::move(responder));
        });
    server.route(legacyPrefix + QStringLiteral("<arg>"),
        [this](const QString &family, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) {
            handle(family, true, request, std::move(responder));
        });
    server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(QString(), false, request, std::move(responder));
        });
}

RequestProcessor::Incoming Receiver::incoming(const QHttpServerRequest &request)
{
    RequestProcessor::Incoming in;
    in.method = methodName(request.method());
    in.url = request.url();
    in.headers = request.headers();
    bool ok = false;
    const qint64 length = request.value("content-length").trimmed().toLongLong(&ok);
    in.declaredLength = ok ? length : -1;
    // QHttpServer 6.4 has already buffered the whole body by the time any handler runs (there
    // is no hook between headers and body), so this is the earliest point where the limit can
    // be enforced; the processor checks Content-Length as well as the actual size.
    in.body = request.body();
    return in;
}

void Receiver::handle(const QString &family, bool endpoint, const QHttpServerRequest &request,
    QHttpServerResponder &&responder)
{
    RequestProcessor::Incoming in = incoming(request);
    in.family = family;
    in.endpoint = endpoint;
    enqueue(std::make_shared<Pending>(m_processor.process(in), std::move(responder)));
}

void Receiver::refuseEarly(
    QTcpSocket *socket, const RequestFramer::Head &head, qint64 bodyBytes, int status)
{
    RequestProcessor::Incoming in;
    in.method = QString::fromLatin1(head.method);
    in.url = QUrl::fromEncoded(head.target);
    in.headers = head.headers;
    in.declaredLength = std::max(head.contentLength, bodyBytes);
    in.family = familyOfPath(in.url.path());
    in.endpoint = !in.family.isEmpty();
    enqueue(std::make_shared<Pending>(
        m_processor.refuse(in, status, refusalMessage(head, bodyBytes, status)), socket));
}

QString Receiver::refusalMessage(
    const RequestFramer::Head &head, qint64 bodyBytes, int status) const
{
    if (status == 408)
        return QStringLiteral("The request was not sent within %1 s; the connection is closed")
            .arg(settings().requestTimeoutMs / 1000.0);
    if (head.contentLength >= 0)
        return RequestProcessor::tooLargeMessage(head.contentLength, settings().bodyLimit);
    return QStringLiteral("Chunked body over the limit of %1 bytes (%2 bytes came before the "
                          "receiver stopped reading)")
        .arg(settings().bodyLimit)
        .arg(bodyBytes);
}

bool Receiver::owesAnswer(const QObject *connection) const
{
    const auto it = m_queues.find(connection);
    return it != m_queues.end() && !it->second.empty();
}

void Receiver::enqueue(const std::shared_ptr<Pending> &pending)
{
    m_unanswered.insert(pending);
    if (pending->connection)
        m_queues[pending->connection].push_back(pending);
    keep(pending);
    const int delay = pending->outcome.delayMs;
    if (delay <= 0) {
        delayPassed(pending);
        return;
    }
    QTimer::singleShot(delay, this, [this, pending]() { delayPassed(pending); });
}

void Receiver::delayPassed(const std::shared_ptr<Pending> &pending)
{
    if (pending->done)
        return; // withdrawn: the receiver stopped while it waited
    pending->delayPassed = true;
    if (pending->kept)
        markReady(pending);
}

// An accepted event goes to the keeper as it arrives, so events are stored (and a duplicate
// waits for its first copy) in the order they came, whatever latency each one draws; its answer
// waits for both the keeper's word and its injected delay.
void Receiver::keep(const std::shared_ptr<Pending> &pending)
{
    ReceivedRequest &record = pending->outcome.record;
    if (!m_keeper || record.status != 200 || record.fault != ReceiverFault::None) {
        pending->kept = true;
        return;
    }
    QPointer<Receiver> self(this);
    m_keeper(record, [self, pending](const QString &problem) {
        if (!self)
            return;
        if (pending->done)
            return;
        ReceivedRequest &kept = pending->outcome.record;
        if (!problem.isEmpty())
            self->m_processor.refuseUnstored(kept, problem);
        else if (kept.duplicate && !self->m_processor.remembers(kept))
            self->m_processor.refuseUnstored(
                kept, QStringLiteral("the first copy of this event was not stored either"));
        pending->kept = true;
        if (pending->delayPassed)
            self->markReady(pending);
    });
}

void Receiver::markReady(const std::shared_ptr<Pending> &pending)
{
    pending->ready = true;
    if (pending->connection)
        flush(pending->connection);
    else
        answer(pending);
}

// Writes the ready answers at the head of a connection's queue; one still waiting holds back
// those behind it. A request whose client left no longer holds anything back.
void Receiver::flush(const QObject *connection)
{
    for (;;) { // looked up each time: an answer's signal may stop the receiver
        const auto it = m_queues.find(connection);
        if (it == m_queues.end())
            return;
        std::deque<std::shared_ptr<Pending>> &queue = it->second;
        if (queue.empty()) {
            m_queues.erase(it);
            return;
        }
        const std::shared_ptr<Pending> head = queue.front();
        if (head->socket && !head->ready)
            return;
        queue.pop_front();
        head->connection = nullptr; // out of the queue: answered as soon as it is ready
        if (head->ready)
            answer(head);
    }
}

void Receiver::answer(const std::shared_ptr<Pending> &pending)
{
    if (pending->done)
        return;
    pending->done = true;
    m_unanswered.erase(pending);
    ReceivedRequest &record = pending->outcome.record;
    if (pending->socket) {
        if (record.fault == ReceiverFault::Dropped)
            pending->socket->abort(); // no answer at all: the client sees the connection close
        else if (pending->responder)
            writeAnswer(*pending->responder, record, pending->outcome.extraHeaders);
        else
            writeClosingAnswer(*pending->socket, record);
    }
    record.latencyMs = pending->timer.elapsed();
    finish(std::move(record));
}

// Requests still waiting (injected latency, a busy store) when the receiver stops get no
// answer: they are not counted, and their dedup IDs are forgotten so a retry is a first arrival.
// One the keeper has already stored stays counted and remembered: it is in the store. They are
// recorded in the order they came.
void Receiver::withdrawUnanswered()
{
    std::vector<std::shared_ptr<Pending>> waiting(m_unanswered.begin(), m_unanswered.end());
    m_unanswered.clear();
    m_queues.clear();
    std::sort(waiting.begin(), waiting.end(), [](const auto &a, const auto &b) {
        return a->outcome.record.sequence < b->outcome.record.sequence;
    });
    for (const std::shared_ptr<Pending> &pending : waiting) {
        pending->done = true;
        ReceivedRequest &record = pending->outcome.record;
        const bool stored = m_keeper && pending->kept && record.status == 200;
        if (!stored)
            m_processor.withdraw(record);
        record.latencyMs = pending->timer.elapsed();
        finish(std::move(record));
    }
}

void Receiver::finish(ReceivedRequest record)
{
    m_inbox.append(record);
    emit requestReceived(record);
    emit statsChanged();
    if (m_sink)
        m_sink(record);
}
