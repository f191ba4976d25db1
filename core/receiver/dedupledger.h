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
    // The event was not kept after all: its next arrival is a first one again.
    void forget(const QString &family, const QString &dedupId)
    {
        m_first.remove(key(family, dedupId));
    }
    int size() const { return m_first.size(); }
    void clear() { m_first.clear(); }

private:
    static QString key(const QString &family, const QString &dedupId);

    QHash<QString, QString> m_first;
};
