#include "core/net/sender.h"

#include "core/net/httpconnection.h"
#include "core/net/replyrecorder.h"
#include "core/net/requestbuilder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <atomic>

struct Sender::Exchange
{
    quint64 id = 0;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr; // child of the reply (or the Sender): it may fire as it ends
    // The direct path: where it goes, the request bytes and the connection it is on.
    HttpConnection *connection = nullptr;
    QString host;
    quint16 port = 0;
    QByteArray head;
    QByteArray payload;
    int transferTimeoutMs = 0;
    QElapsedTimer clock;
    Redactor redactor;
    SendResult result;
    QByteArray body; // raw response body, capped; masked when the exchange finishes
    QStringList tlsErrors;
    ReplyRecorder::Stop stop = ReplyRecorder::Stop::None;
};

Sender::Sender(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Results and requests cross threads in queued signals (replay runs Senders on workers).
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<SendRequest>();
    // Redirects are results, not something to follow (a 302 would turn the POST into a GET).
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Sender::~Sender()
{
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
    for (auto &entry : m_exchanges) {
        if (!entry.second->reply)
            continue;
        entry.second->reply->disconnect(this);
        entry.second->reply->abort();
    }
}

quint64 Sender::allocateId()
{
    static std::atomic<quint64> next {1};
    return next.fetch_add(1);
}

quint64 Sender::send(const SendRequest &request)
{
    const quint64 id = allocateId();
    start(id, request);
    return id;
}

void Sender::start(quint64 id, const SendRequest &request)
{
    if (m_direct && startDirect(id, request))
        return;
    Result<QNetworkRequest> built = RequestBuilder::build(request);
    if (!built) {
        failEarly(id, request, built.error().message);
        return;
    }
    auto exchange = std::make_unique<Exchange>();
    exchange->id = id;
    exchange->redactor.addSecret(request.apiKey);
    SendResult &result = exchange->result;
    result.id = id;
    result.url = exchange->redactor.redactUrl(built.value().url());
    result.requestHeaders = RequestBuilder::recordedHeaders(built.value(), exchange->redactor);
    result.requestBody = exchange->redactor.redactBytes(request.body);
    exchange->clock.start();
    exchange->reply = m_manager->post(built.value(), request.body);
    // Qt's HTTP thread reads ahead into the reply without bound unless told; an endless answer
    // then grows by GB/s. With a small buffer it waits for us, and we keep at most the cap.
    exchange->reply->setReadBufferSize(ReplyReadBufferBytes);
    exchange->deadline = new QTimer(exchange->reply);
    armDeadline(exchange.get(), request.target.deadlineMs);
    Exchange *raw = exchange.get();
    m_exchanges.emplace(id, std::move(exchange));
    wire(raw);
}

void Sender::armDeadline(Exchange *exchange, int deadlineMs)
{
    exchange->deadline->setSingleShot(true);
    if (deadlineMs > 0)
        exchange->deadline->start(deadlineMs);
    const quint64 id = exchange->id;
    connect(exchange->deadline, &QTimer::timeout, this,
        [this, id] { stop(id, int(ReplyRecorder::Stop::Deadline)); });
}

// Plain http:// on the Sender's own connections; false (nothing done) for anything else.
bool Sender::startDirect(quint64 id, const SendRequest &request)
{
    Result<QUrl> url = RequestBuilder::url(request);
    if (!url || url.value().scheme() != QLatin1String("http") || url.value().host().isEmpty())
        return false;
    const QList<Redactor::Header> headers = RequestBuilder::headers(request);
    auto exchange = std::make_unique<Exchange>();
    exchange->id = id;
    exchange->redactor.addSecret(request.apiKey);
    exchange->result.id = id;
    exchange->result.url = exchange->redactor.redactUrl(url.value());
    exchange->result.requestHeaders = exchange->redactor.redactHeaders(headers);
    // The body may carry the key through an allowed {{env.NAME}}: what is kept never does.
    exchange->result.requestBody = exchange->redactor.redactBytes(request.body);
    exchange->host = url.value().host();
    exchange->port = quint16(url.value().port(80));
    exchange->head = RequestBuilder::head(url.value(), headers, request.body.size());
    exchange->payload = request.body;
    exchange->transferTimeoutMs = request.target.transferTimeoutMs;
    exchange->clock.start();
    exchange->deadline = new QTimer(this);
    armDeadline(exchange.get(), request.target.deadlineMs);
    Exchange *raw = exchange.get();
    m_exchanges.emplace(id, std::move(exchange));
    dispatch(raw);
    return true;
}

void Sender::wire(Exchange *exchange)
{
    QNetworkReply *reply = exchange->reply;
    const auto elapsed = [exchange] { return exchange->clock.elapsed(); };
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
        [exchange, elapsed] { exchange->result.connectStartMs = elapsed(); });
    connect(reply, &QNetworkReply::encrypted, this,
        [exchange, elapsed] { exchange->result.encryptedMs = elapsed(); });
    connect(reply, &QNetworkReply::requestSent, this,
        [exchange, elapsed] { exchange->result.requestSentMs = elapsed(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [exchange, elapsed] {
        if (exchange->result.firstByteMs < 0)
            exchange->result.firstByteMs = elapsed();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &errors) {
        // Reported, never ignored: the handshake fails and the reply finishes with an error.
        for (const QSslError &error : errors)
            exchange->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, exchange] { onReadyRead(exchange); });
    connect(reply, &QNetworkReply::finished, this, [this, exchange] { onFinished(exchange); });
}

void Sender::onReadyRead(Exchange *exchange)
{
    if (exchange->result.firstByteMs < 0)
        exchange->result.firstByteMs = exchange->clock.elapsed();
    ReplyRecorder::appendBody(exchange->reply, exchange->result, exchange->body);
    if (exchange->result.responseBytes > SendResult::MaxReadBytes)
        stop(exchange->id, int(ReplyRecorder::Stop::TooLarge));
}

void Sender::onFinished(Exchange *exchange)
{
    auto it = m_exchanges.find(exchange->id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> owned = std::move(it->second);
    m_exchanges.erase(it);
    owned->deadline->stop();
    QNetworkReply *reply = owned->reply;
    SendResult &result = owned->result;
    ReplyRecorder::appendBody(reply, result, owned->body);
    result.totalMs = owned->clock.elapsed();
    ReplyRecorder::recordResponse(reply, result, owned->redactor);
    ReplyRecorder::recordError(
        reply, owned->stop, owned->tlsErrors.join(QStringLiteral("; ")), result, owned->redactor);
    result.responseBody = owned->redactor.redactBytes(owned->body);
    if (!result.bodyTruncated)
        result.envelope = ResponseEnvelope::parse(result.responseBody);
    reply->disconnect(this);
    reply->deleteLater();
    emit finished(result);
}

void Sender::stop(quint64 id, int reason)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    Exchange *exchange = it->second.get();
    exchange->stop = ReplyRecorder::Stop(reason);
    const auto kind = exchange->stop == ReplyRecorder::Stop::Deadline
        ? SendResult::ErrorKind::Deadline
        : SendResult::ErrorKind::Cancelled;
    if (exchange->reply)
        exchange->reply->abort(); // finished() follows and records the reason
    else if (exchange->connection)
        exchange->connection->abort(kind); // the same, through onDirectFinished()
    else
        finishDirect(exchange, kind, QString());
}

void Sender::cancel(quint64 id)
{
    stop(id, int(ReplyRecorder::Stop::Cancelled));
}

void Sender::cancelAll()
{
    QList<quint64> ids;
    for (const auto &entry : m_exchanges)
        ids.append(entry.first);
    for (quint64 id : ids)
        cancel(id);
}

void Sender::failEarly(quint64 id, const SendRequest &request, const QString &message)
{
    SendResult result;
    result.id = id;
    result.requestBody = Redactor({request.apiKey}).redactBytes(request.body);
    result.errorKind = SendResult::ErrorKind::InvalidRequest;
    result.errorMessage = Redactor({request.apiKey}).redactText(message);
    result.totalMs = 0;
    // Queued so that callers can connect to finished() after send() returns.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

void Sender::dispatch(Exchange *exchange)
{
    HttpConnection *connection = connectionFor(*exchange);
    if (!connection) {
        m_waiting.append(exchange->id);
        return;
    }
    exchange->connection = connection;
    m_busy.insert(connection, exchange->id);
    connection->post(exchange->head, exchange->payload, exchange->transferTimeoutMs);
}

// An idle connection to the exchange's host, a new one while there are fewer than
// ConnectionsPerHost, else none (the exchange waits, as with QNetworkAccessManager).
HttpConnection *Sender::connectionFor(const Exchange &exchange)
{
    int open = 0;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (!connection->serves(exchange.host, exchange.port))
            continue;
        if (!connection->busy())
            return connection;
        ++open;
    }
    if (open >= ConnectionsPerHost)
        return nullptr;
    auto *connection = new HttpConnection(exchange.host, exchange.port, this);
    connect(connection, &HttpConnection::finished, this,
        [this, connection](SendResult::ErrorKind kind, const QString &message) {
            onDirectFinished(connection, kind, message);
        });
    connect(connection, &HttpConnection::connecting, this,
        [this, connection] { onDirectStep(connection, &SendResult::connectStartMs); });
    connect(connection, &HttpConnection::requestSent, this,
        [this, connection] { onDirectStep(connection, &SendResult::requestSentMs); });
    connect(connection, &HttpConnection::firstByte, this,
        [this, connection] { onDirectStep(connection, &SendResult::firstByteMs); });
    m_connections.append(connection);
    return connection;
}

void Sender::onDirectStep(HttpConnection *connection, qint64 SendResult::*step)
{
    const auto it = m_exchanges.find(m_busy.value(connection));
    if (it != m_exchanges.end() && it->second->result.*step < 0)
        it->second->result.*step = it->second->clock.elapsed();
}

void Sender::onDirectFinished(
    HttpConnection *connection, SendResult::ErrorKind kind, const QString &message)
{
    const auto it = m_exchanges.find(m_busy.take(connection));
    if (it != m_exchanges.end())
        finishDirect(it->second.get(), kind, message);
    // The connection is free: the oldest exchange waiting for its host goes on it.
    for (qsizetype i = 0; i < m_waiting.size() && !connection->busy(); ++i) {
        const auto waiting = m_exchanges.find(m_waiting[i]);
        if (waiting == m_exchanges.end()
            || !connection->serves(waiting->second->host, waiting->second->port))
            continue;
        m_waiting.removeAt(i);
        dispatch(waiting->second.get());
    }
}

void Sender::finishDirect(Exchange *exchange, SendResult::ErrorKind kind, const QString &message)
{
    std::unique_ptr<Exchange> owned = std::move(m_exchanges.at(exchange->id));
    m_exchanges.erase(exchange->id);
    m_waiting.removeOne(owned->id);
    owned->deadline->stop();
    owned->deadline->deleteLater(); // its timeout may be what ends this exchange
    SendResult &result = owned->result;
    result.totalMs = owned->clock.elapsed();
    if (owned->connection) {
        HttpConnection::Answer answer = owned->connection->takeAnswer();
        result.status = answer.status;
        result.reason = QString::fromUtf8(answer.reason);
        result.responseHeaders = owned->redactor.redactHeaders(answer.headers);
        result.responseBytes = answer.bodyBytes;
        result.bodyTruncated = answer.truncated;
        result.responseBody = owned->redactor.redactBytes(answer.body);
        if (!result.bodyTruncated && result.status > 0)
            result.envelope = ResponseEnvelope::parse(result.responseBody);
    }
    ReplyRecorder::recordFailure(kind, message, result, owned->redactor);
    emit finished(result);
}

SendResult Sender::sendAndWait(const SendRequest &request)
{
    QEventLoop loop;
    SendResult out;
    quint64 wanted = 0;
    connect(this, &Sender::finished, &loop, [&](const SendResult &result) {
        if (result.id != wanted)
            return;
        out = result;
        loop.quit();
    });
    wanted = send(request);
    loop.exec();
    return out;
}
