#include "core/storage/storetransaction.h"

#include "core/storage/storedatabase.h"
#include "core/storage/storesql.h"

StoreTransaction::StoreTransaction(StoreDatabase &db)
    : m_db(db)
{ }

StoreTransaction::~StoreTransaction()
{
    rollback();
}

std::optional<Error> StoreTransaction::begin()
{
    const int depth = m_db.transactionDepth() + 1;
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT nested_%1").arg(depth);
    if (auto error = run(sql))
        return error;
    m_depth = depth;
    m_db.transactionDepth() = depth;
    return std::nullopt;
}

std::optional<Error> StoreTransaction::commit()
{
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE nested_%1").arg(m_depth);
    if (auto error = run(sql))
        return error;
    m_db.transactionDepth() = m_depth - 1;
    m_depth = 0;
    return std::nullopt;
}

void StoreTransaction::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        run(QStringLiteral("RELEASE nested_%1").arg(m_depth));
    }
    m_db.transactionDepth() = m_depth - 1;
    m_depth = 0;
}

std::optional<Error> StoreTransaction::run(const QString &sql)
{
    QSqlQuery query(m_db.db());
    if (query.exec(sql))
        return std::nullopt;
    return StoreSql::errorFrom(query.lastError(), sql);
}
