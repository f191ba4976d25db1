#include "core/receiver/receivedrequest.h"

#include "core/receiver/receiverenvelope.h"

#include <QJsonArray>

namespace {

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &header : headers)
        array.append(
            QJsonArray {QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

} // namespace

QString ReceivedRequest::faultName(ReceiverFault fault)
{
    switch (fault) {
    case ReceiverFault::None:
        return QStringLiteral("none");
    case ReceiverFault::Dropped:
        return QStringLiteral("drop");
    case ReceiverFault::ServerError:
        return QStringLiteral("500");
    case ReceiverFault::RateLimited:
        return QStringLiteral("429");
    }
    return {};
}

QJsonObject ReceivedRequest::toJson() const
{
    return QJsonObject {
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("receivedAt"), receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("family"), family},
        {QStringLiteral("subType"), subType},
        {QStringLiteral("headers"), headersJson(headers)},
        {QStringLiteral("body"), QString::fromUtf8(body)},
        {QStringLiteral("bodySize"), bodySize},
        {QStringLiteral("status"), status},
        {QStringLiteral("response"), QString::fromUtf8(responseBody)},
        {QStringLiteral("findings"), ReceiverEnvelope::findingsJson(findings)},
        {QStringLiteral("duplicate"), duplicate},
        {QStringLiteral("dedupId"), dedupId},
        {QStringLiteral("fault"), faultName(fault)},
        {QStringLiteral("injectedDelayMs"), injectedDelayMs},
        {QStringLiteral("latencyMs"), latencyMs},
    };
}
