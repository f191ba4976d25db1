#pragma once

#include <QHash>
#include <QString>

#include <optional>

// The dedup IDs the receiver has accepted and the request that first carried each, so that a
// repeated event is answered like the real API (kept once, later copies skipped).
class DedupLedger final
{
public:
    // Remembers `dedupId` of `family` for `requestId` when new; otherwise returns the requestId
    // that first carried it.
    std::optional<QString> remember(
        const QString &family, const QString &dedupId, const QString &requestId);
    bool contains(const QString &family, const QString &dedupId) const;
    // The request that first carried `dedupId`, if it is still remembered.
    QString firstOf(const QString &family, const QString &dedupId) const
    {
        return m_first.value(key(family, dedupId));
    }
    // The event of `requestId` was not kept after all: its next arrival is a first one again.
    // An entry that another request owns by now stays.
    void forget(const QString &family, const QString &dedupId, const QString &requestId)
    {
        const QString k = key(family, dedupId);
        if (m_first.value(k) == requestId)
            m_first.remove(k);
    }
    int size() const { return m_first.size(); }
    void clear() { m_first.clear(); }

private:
    static QString key(const QString &family, const QString &dedupId);

    QHash<QString, QString> m_first;
};
