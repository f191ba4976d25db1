#include "sender.h"

#include "replyrecorder.h"
#include "requestbuilder.h"

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
    QTimer *deadline = nullptr; // child of the reply: it may fire while the exchange ends
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
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<SendRequest>();
    // Redirects are results, not something to follow (a 302 would turn the POST into a GET).
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Sender::~Sender()
{
    for (auto &entry : m_exchanges) {
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
    result.requestBody = request.body;
    exchange->clock.start();
    exchange->reply = m_manager->post(built.value(), request.body);
    exchange->deadline = new QTimer(exchange->reply);
    exchange->deadline->setSingleShot(true);
    if (request.target.deadlineMs > 0)
        exchange->deadline->start(request.target.deadlineMs);
    Exchange *raw = exchange.get();
    m_exchanges.emplace(id, std::move(exchange));
    wire(raw);
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
    const quint64 id = exchange->id;
    connect(exchange->deadline, &QTimer::timeout, this,
        [this, id] { stop(id, int(ReplyRecorder::Stop::Deadline)); });
}

void Sender::onReadyRead(Exchange *exchange)
{
    if (exchange->result.firstByteMs < 0)
        exchange->result.firstByteMs = exchange->clock.elapsed();
    ReplyRecorder::appendBody(exchange->reply, exchange->result, exchange->body);
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
    it->second->stop = ReplyRecorder::Stop(reason);
    it->second->reply->abort(); // finished() follows and records the reason
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
    result.requestBody = request.body;
    result.errorKind = SendResult::ErrorKind::InvalidRequest;
    result.errorMessage = Redactor({request.apiKey}).redactText(message);
    result.totalMs = 0;
    // Queued so that callers can connect to finished() after send() returns.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
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
