#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

class EventStore;

// The payloads a set already holds, as digests of their bytes, so an import can tell which of
// its events are there already without keeping every payload in memory. One paged read of the
// set; a lookup is a hash of the event's payload.
class SetPayloadIndex final
{
public:
    // Empty when the set does not exist yet.
    static Result<SetPayloadIndex> load(EventStore &store, const QString &setName);

    bool contains(const QByteArray &payload) const;
    qint64 size() const { return m_digests.size(); }

private:
    static constexpr int PageSize = 2000;
    static QByteArray digest(const QByteArray &payload);

    QSet<QByteArray> m_digests;
};
