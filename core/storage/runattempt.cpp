#include "core/storage/runattempt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void putIfKnown(QJsonObject &o, const QString &key, qint64 value)
{
    if (value >= 0)
        o.insert(key, value);
}

qint64 takeMs(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

QJsonObject toJson(const RunAttempt &a)
{
    QJsonObject o {{QStringLiteral("n"), a.number}};
    if (a.startedAt.isValid())
        o.insert(QStringLiteral("at"), a.startedAt.toMSecsSinceEpoch());
    if (a.status > 0)
        o.insert(QStringLiteral("status"), a.status);
    if (!a.error.isEmpty())
        o.insert(QStringLiteral("error"), a.error);
    if (!a.message.isEmpty())
        o.insert(QStringLiteral("message"), a.message);
    putIfKnown(o, QStringLiteral("ms"), a.latencyMs);
    putIfKnown(o, QStringLiteral("retryAfterMs"), a.retryAfterMs);
    putIfKnown(o, QStringLiteral("waitMs"), a.waitMs);
    return o;
}

RunAttempt fromJson(const QJsonObject &o)
{
    RunAttempt a;
    a.number = o.value(QStringLiteral("n")).toInt();
    const qint64 at = takeMs(o, QStringLiteral("at"));
    if (at >= 0)
        a.startedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    a.status = o.value(QStringLiteral("status")).toInt();
    a.error = o.value(QStringLiteral("error")).toString();
    a.message = o.value(QStringLiteral("message")).toString();
    a.latencyMs = takeMs(o, QStringLiteral("ms"));
    a.retryAfterMs = takeMs(o, QStringLiteral("retryAfterMs"));
    a.waitMs = takeMs(o, QStringLiteral("waitMs"));
    return a;
}

} // namespace

bool RunAttempt::operator==(const RunAttempt &other) const
{
    return number == other.number && startedAt == other.startedAt && status == other.status
        && error == other.error && message == other.message && latencyMs == other.latencyMs
        && retryAfterMs == other.retryAfterMs && waitMs == other.waitMs;
}

QString RunAttempt::describe() const
{
    QString text = QStringLiteral("Attempt %1").arg(number);
    if (startedAt.isValid())
        text += QStringLiteral(" at %1 UTC")
                    .arg(startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    text += status > 0
        ? QStringLiteral(": HTTP %1").arg(status)
        : QStringLiteral(": %1").arg(error.isEmpty() ? QStringLiteral("no answer") : error);
    if (retryAfterMs >= 0)
        text += QStringLiteral(" (Retry-After %1 ms)").arg(retryAfterMs);
    if (latencyMs >= 0)
        text += QStringLiteral(" after %1 ms").arg(latencyMs);
    if (!message.isEmpty())
        text += QStringLiteral(" \u2014 %1").arg(message);
    if (waitMs >= 0)
        text += QStringLiteral("; waited %1 ms before the next attempt").arg(waitMs);
    return text;
}

QString RunAttempt::listToJson(const QList<RunAttempt> &attempts)
{
    QJsonArray list;
    for (const RunAttempt &a : attempts)
        list.append(toJson(a));
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<RunAttempt> RunAttempt::listFromJson(const QString &json)
{
    QList<RunAttempt> attempts;
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : list) {
        if (v.isObject())
            attempts.append(fromJson(v.toObject()));
    }
    return attempts;
}
