#include "core/net/responseenvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<bool> optionalBool(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
    }
    return {};
}

} // namespace

std::optional<ResponseEnvelope> ResponseEnvelope::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonObject metadata = root.value(QStringLiteral("_metadata")).toObject();
    if (!root.value(QStringLiteral("_metadata")).isObject()
        && !root.contains(QStringLiteral("received")))
        return std::nullopt;

    ResponseEnvelope envelope;
    envelope.requestId = firstString(metadata, {"requestId"});
    envelope.timestamp = firstString(metadata, {"timestamp"});
    envelope.message = firstString(root, {"message"});
    if (envelope.message.isEmpty())
        envelope.message = firstString(metadata, {"message"});
    envelope.received = optionalBool(root, QStringLiteral("received"));
    const QJsonObject connection = root.value(QStringLiteral("connection")).toObject();
    envelope.shouldProcess = optionalBool(connection, QStringLiteral("shouldProcess"));
    envelope.providerName = firstString(connection, {"providerName"});
    const QJsonObject additional = root.value(QStringLiteral("additionalData")).toObject();
    envelope.duplicate = optionalBool(additional, QStringLiteral("duplicate"));
    envelope.firstRequestId = firstString(
        additional, {"firstRequestId", "originalRequestId", "first_request_id", "requestId"});
    return envelope;
}
