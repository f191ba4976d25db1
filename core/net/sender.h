#pragma once

#include "core/net/sendrequest.h"
#include "core/net/sendresult.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <unordered_map>

class HttpConnection;
class QNetworkAccessManager;
class QNetworkReply;

// Posts events and reports each exchange as a SendResult. Each Sender owns its own
// QNetworkAccessManager (Qt 6.4 keeps at most 6 connections per host), so a replay engine that
// wants more parallelism runs several Senders, each may live in its own thread (moveToThread).
class Sender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sender)

public:
    explicit Sender(QObject *parent = nullptr);
    ~Sender() override;

    // Starts a POST and returns its id; finished() always follows, never before this returns.
    quint64 send(const SendRequest &request);
    // For the CLI: sends and runs a local event loop until the result is in.
    SendResult sendAndWait(const SendRequest &request);
    int inFlight() const { return int(m_exchanges.size()); }
    // Plain http:// goes over the Sender's own keep-alive connections (at most
    // ConnectionsPerHost per host) instead of QNetworkAccessManager: far less CPU per request,
    // and bounded memory (Qt's chunked reader reads ahead past any buffer size: 1.7 GB in a
    // second of an endless answer). https:// always goes through QNetworkAccessManager.
    void setDirectHttp(bool direct) { m_direct = direct; }
    static constexpr int ConnectionsPerHost = 6;
    static constexpr qint64 ReplyReadBufferBytes = 256 * 1024;
    // Ids are unique across all Senders, so results from several can share one table.
    static quint64 allocateId();

public slots:
    // The thread-safe way in: allocate the id anywhere, then invoke start() in the Sender's thread.
    void start(quint64 id, const SendRequest &request);
    void cancel(quint64 id);
    void cancelAll();

signals:
    void finished(const SendResult &result);

private:
    struct Exchange;

    void wire(Exchange *exchange);
    void armDeadline(Exchange *exchange, int deadlineMs);
    bool startDirect(quint64 id, const SendRequest &request);
    void dispatch(Exchange *exchange);
    HttpConnection *connectionFor(const Exchange &exchange);
    void onDirectFinished(
        HttpConnection *connection, SendResult::ErrorKind kind, const QString &message);
    void onDirectStep(HttpConnection *connection, qint64 SendResult::*step);
    void finishDirect(Exchange *exchange, SendResult::ErrorKind kind, const QString &message);
    void onReadyRead(Exchange *exchange);
    void onFinished(Exchange *exchange);
    void stop(quint64 id, int reason);
    void failEarly(quint64 id, const SendRequest &request, const QString &message);

    QNetworkAccessManager *m_manager;
    std::unordered_map<quint64, std::unique_ptr<Exchange>> m_exchanges;
    bool m_direct = true;
    QList<HttpConnection *> m_connections;
    QHash<HttpConnection *, quint64> m_busy; // connection -> exchange id on it
    QList<quint64> m_waiting; // direct exchanges waiting for a free connection
};
