#include "core/library/storedeventfactory.h"

#include "core/validation/payloadcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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

QString defaultName(const QString &payload, const PayloadCheck &check)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    QString name = check.family;
    const QString subType = subTypeOf(payload);
    if (!subType.isEmpty())
        name += QLatin1Char(' ') + subType;
    for (const char *key : {"subject", "title", "opportunityId"}) {
        const QString value = object.value(QLatin1String(key)).toString().simplified();
        if (!value.isEmpty())
            return name + QStringLiteral(": ") + value.left(60);
    }
    return name;
}

QString importedName(const QString &source, const QString &payload, const PayloadCheck &check)
{
    // "…/file.ndjson:12", "file.csv:3", "file.har#2": the number after the last ':' or '#'.
    const qsizetype mark
        = std::max(source.lastIndexOf(QLatin1Char(':')), source.lastIndexOf(QLatin1Char('#')));
    bool numbered = false;
    const qint64 place = mark < 0 ? 0 : source.mid(mark + 1).toLongLong(&numbered);
    const QString name = defaultName(payload, check);
    return numbered ? QStringLiteral("%1 #%2").arg(name).arg(place) : name;
}

} // namespace StoredEventFactory
