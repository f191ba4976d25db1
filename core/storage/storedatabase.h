#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class Clock;

// One SQLite connection to the store file, configured (WAL, synchronous=NORMAL, foreign keys,
// busy timeout); EventStore::open brings it to the current schema version. A connection belongs to
// the thread that opened it: open one StoreDatabase per thread.
class StoreDatabase final
{
public:
    static constexpr int DefaultBusyTimeoutMs = 5000;

    explicit StoreDatabase(const Clock &clock);
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    // Opens the connection (creating the file and its folder when missing) with its connection
    // settings only; nothing is written before the schema check. See EventStore::open.
    Result<> connect(const QString &path);
    // The file settings (WAL, synchronous), once the schema is known to be ours.
    Result<> configure();
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    QSqlDatabase db() const { return m_db; }
    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }
    const Clock &clock() const { return m_clock; }
    // Nesting level of StoreTransaction on this connection.
    int &transactionDepth() { return m_transactionDepth; }

    Result<int> userVersion() const;
    Result<QString> journalMode() const;
    // PRAGMA integrity_check: true, or an Error listing what SQLite found.
    Result<> integrityCheck() const;

private:
    Result<QString> journalModeWal();
    Result<> setPragma(const QString &name, const QString &value, const QString &expected);

    const Clock &m_clock;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    int m_transactionDepth = 0;

    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)
};
