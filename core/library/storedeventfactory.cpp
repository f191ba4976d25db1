#include "core/library/storedeventfactory.h"

#include "core/validation/payloadcheck.h"

namespace StoredEventFactory {

StoredEvent make(const QString &name, const QString &payload, const PayloadCheck &check)
{
    StoredEvent stored;
    stored.family = check.family;
    stored.name = name;
    stored.payload = payload;
    stored.dedupId = check.dedup.id;
    stored.validity = check.valid() ? EventValidity::Valid : EventValidity::Invalid;
    stored.subType = subTypeOf(payload);
    return stored;
}

QString subTypeOf(const QString &payload)
{
    const int at = payload.indexOf(QLatin1String("\"eventType\""));
    if (at < 0)
        return {};
    const int colon = payload.indexOf(QLatin1Char(':'), at);
    const int open = colon < 0 ? -1 : payload.indexOf(QLatin1Char('"'), colon);
    const int close = open < 0 ? -1 : payload.indexOf(QLatin1Char('"'), open + 1);
    return close > open ? payload.mid(open + 1, close - open - 1) : QString();
}

} // namespace StoredEventFactory
