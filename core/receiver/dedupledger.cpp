#include "core/receiver/dedupledger.h"

std::optional<QString> DedupLedger::remember(
    const QString &family, const QString &dedupId, const QString &requestId)
{
    const QString k = key(family, dedupId);
    const auto it = m_first.constFind(k);
    if (it != m_first.constEnd())
        return it.value();
    m_first.insert(k, requestId);
    return std::nullopt;
}

bool DedupLedger::contains(const QString &family, const QString &dedupId) const
{
    return m_first.contains(key(family, dedupId));
}

QString DedupLedger::key(const QString &family, const QString &dedupId)
{
    // Explicit eventIds are not namespaced by family, so the family is part of the key.
    return family + QChar(0x1f) + dedupId;
}
