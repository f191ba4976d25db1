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

Result<> StoreTransaction::begin()
{
    const int depth = m_db.transactionDepth() + 1;
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT nested_%1").arg(depth);
    ES_TRY(execute(sql));
    m_depth = depth;
    m_db.transactionDepth() = depth;
    return {};
}

Result<> StoreTransaction::commit()
{
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE nested_%1").arg(m_depth);
    ES_TRY(execute(sql));
    m_db.transactionDepth() = m_depth - 1;
    m_depth = 0;
    return {};
}

void StoreTransaction::rollback()
{
    if (m_depth == 0)
        return;
    // Runs from the destructor too, so a failure here has no one to go to.
    if (m_depth == 1) {
        static_cast<void>(execute(QStringLiteral("ROLLBACK")));
    } else {
        static_cast<void>(execute(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth)));
        static_cast<void>(execute(QStringLiteral("RELEASE nested_%1").arg(m_depth)));
    }
    m_db.transactionDepth() = m_depth - 1;
    m_depth = 0;
}

Result<> StoreTransaction::execute(const QString &sql)
{
    QSqlQuery query(m_db.db());
    if (query.exec(sql))
        return {};
    return StoreSql::errorFrom(query.lastError(), sql);
}
