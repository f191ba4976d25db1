#include "core/library/setpayloadindex.h"

#include "core/storage/eventstore.h"
#include "core/storage/storeerrors.h"

#include <QCryptographicHash>

Result<SetPayloadIndex> SetPayloadIndex::load(EventStore &store, const QString &setName)
{
    SetPayloadIndex index;
    const auto set = store.sets().byName(setName);
    if (!set && set.error().code == StoreErrors::NotFound)
        return index; // a new set holds nothing yet
    if (!set)
        return set.error();
    for (int from = 0;; from += PageSize) {
        const auto page = store.memberPage(set.value().id, from, PageSize);
        if (!page)
            return page.error();
        for (const StoredEvent &event : page.value())
            index.m_digests.insert(digest(event.payload.toUtf8()));
        if (page.value().size() < PageSize)
            return index;
    }
}

bool SetPayloadIndex::contains(const QByteArray &payload) const
{
    return !m_digests.isEmpty() && m_digests.contains(digest(payload));
}

// SHA-1 rather than qHash: 20 bytes an event, and two different payloads never meet by chance.
QByteArray SetPayloadIndex::digest(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha1);
}
