#pragma once

#include "core/common/manualclock.h"
#include "core/replay/manualtimersource.h"
#include "core/replay/replayevent.h"
#include "core/replay/replaytransport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVector>

#include <functional>

// What the scripted transport answers to one request.
struct FakeReply
{
    int status = 200;
    QList<SendResult::Header> headers;
    QByteArray body; // empty: an envelope built from `duplicate`
    bool duplicate = false;
    qint64 latencyMs = 10;
    SendResult::ErrorKind error = SendResult::ErrorKind::None;
};

// A ReplayTransport that answers on the manual clock after each reply's latency, records every
// send with its time and tracks how many requests were in flight at once.
class FakeTransport final : public ReplayTransport
{
public:
    struct Sent
    {
        qint64 atMs;
        QString family;
        QByteArray body;
    };
    using Responder = std::function<FakeReply(const SendRequest &, int index)>;

    FakeTransport(ManualClock &clock, ManualTimerSource &timers)
        : m_clock(clock)
        , m_timers(timers)
    { }

    void setResponder(Responder responder) { m_responder = std::move(responder); }

    quint64 send(const SendRequest &request) override
    {
        const quint64 id = ++m_nextId;
        const int index = int(sends.size());
        sends.append({m_clock.monotonicMs(), request.family, request.body});
        maxInFlight = std::max(maxInFlight, ++inFlight);
        const FakeReply reply = m_responder ? m_responder(request, index) : FakeReply();
        m_pending[id] = m_timers.callAfter(reply.latencyMs, [this, id, reply, request] {
            m_pending.remove(id);
            --inFlight;
            ++answered;
            emit finished(result(id, reply, request));
        });
        return id;
    }

    void cancelAll() override
    {
        for (quint64 handle : std::as_const(m_pending))
            m_timers.cancel(handle);
        inFlight -= int(m_pending.size());
        m_pending.clear();
    }

    static QByteArray envelope(const QString &requestId, bool duplicate, bool shouldProcess = true)
    {
        QJsonObject o {
            {QStringLiteral("_metadata"), QJsonObject {{QStringLiteral("requestId"), requestId}}},
            {QStringLiteral("received"), true},
            {QStringLiteral("connection"),
                QJsonObject {{QStringLiteral("shouldProcess"), shouldProcess}}},
            {QStringLiteral("additionalData"),
                duplicate ? QJsonObject {{QStringLiteral("duplicate"), true}} : QJsonObject()}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QVector<Sent> sends;
    int inFlight = 0;
    int maxInFlight = 0;
    int answered = 0;

private:
    static SendResult result(quint64 id, const FakeReply &reply, const SendRequest &request)
    {
        SendResult r;
        r.id = id;
        r.requestBody = request.body;
        r.errorKind = reply.error;
        r.totalMs = reply.latencyMs;
        if (reply.error != SendResult::ErrorKind::None)
            return r;
        r.status = reply.status;
        r.responseHeaders = reply.headers;
        r.responseBody = reply.body.isEmpty()
            ? envelope(QStringLiteral("req-%1").arg(id), reply.duplicate)
            : reply.body;
        r.envelope = ResponseEnvelope::parse(r.responseBody);
        return r;
    }

    ManualClock &m_clock;
    ManualTimerSource &m_timers;
    Responder m_responder;
    QHash<quint64, quint64> m_pending; // request id -> timer handle
    quint64 m_nextId = 0;
};

// A server that remembers eventIds (the bodies' dedup key in these tests) and answers a repeat
// with duplicate: true, like the real API.
class FakeDedupServer final
{
public:
    FakeReply answer(const SendRequest &request)
    {
        const QString id = eventIdOf(request.body);
        FakeReply reply;
        reply.duplicate = seen.contains(id);
        reply.latencyMs = 10 + (++m_requests * 37) % 50;
        ++accepted[id];
        if (reply.duplicate)
            --accepted[id];
        seen.insert(id);
        return reply;
    }
    static QString eventIdOf(const QByteArray &body)
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("eventId")).toString();
    }

    QSet<QString> seen;
    QHash<QString, int> accepted; // eventId -> times accepted as new

private:
    int m_requests = 0;
};

// `count` emails with distinct explicit eventIds and timestamps one minute apart.
inline QVector<ReplayEvent> makeEmails(int count, const QString &prefix = QStringLiteral("e"))
{
    QVector<ReplayEvent> events;
    const QDateTime base(QDate(2024, 2, 3), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QString ts = base.addSecs(60 * i).toString(Qt::ISODate);
        const QString body
            = QStringLiteral(R"({"eventTimestamp":"%1","eventType":"sent","subject":"Hello %2",)"
                             R"("body":{"text":"Hi"},"from":{"email":"a@example.com"},)"
                             R"("to":[{"email":"b@example.com"}],"eventId":"%3-%2"})")
                  .arg(ts)
                  .arg(i)
                  .arg(prefix);
        events.append(
            {QStringLiteral("emails"), QStringLiteral("email %1").arg(i), body.toUtf8(), {}, 0});
    }
    return events;
}
