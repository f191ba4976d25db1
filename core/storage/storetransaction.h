#pragma once

#include "core/common/result.h"

#include <optional>

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

    std::optional<Error> begin();
    std::optional<Error> commit();
    void rollback();

private:
    std::optional<Error> run(const QString &sql);

    StoreDatabase &m_db;
    int m_depth = 0; // 1 for the outermost transaction, 0 when inactive
};
