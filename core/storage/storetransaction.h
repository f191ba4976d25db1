#pragma once

#include "core/common/result.h"

class StoreDatabase;

// A write transaction that rolls back unless committed, so every early return is safe.
// The outermost one is BEGIN IMMEDIATE (the write lock is taken up front, so a busy database
// fails at begin(), not halfway); nested ones are savepoints, so store methods compose.
class StoreTransaction final
{
public:
    explicit StoreTransaction(StoreDatabase &db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    Result<> begin();
    Result<> commit();
    void rollback();

    // Begins, runs `body` (which returns some Result), commits when it succeeded and rolls
    // back when it failed; returns what `body` returned, or the error of begin or commit.
    template<typename Body>
    static auto run(StoreDatabase &db, Body &&body) -> decltype(body())
    {
        StoreTransaction transaction(db);
        ES_TRY(transaction.begin());
        auto result = body();
        if (!result)
            return result;
        ES_TRY(transaction.commit());
        return result;
    }

private:
    Result<> execute(const QString &sql);

    StoreDatabase &m_db;
    int m_depth = 0; // 1 for the outermost transaction, 0 when inactive
};
