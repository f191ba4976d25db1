#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class StoreDatabase;

// Creates the schema in new files and upgrades older files one version step at a time, all
// steps in one transaction: a failing step leaves the file exactly as it was.
class SchemaMigrator final
{
public:
    static constexpr int CurrentVersion = 5;
    // Marks the file as ours in the SQLite header ("ESMT"), so foreign databases are refused.
    static constexpr int ApplicationId = 0x45534D54;

    using Step = std::function<Result<>(QSqlDatabase &db)>;

    explicit SchemaMigrator(StoreDatabase &db);

    // The version this build writes: CurrentVersion, plus one while a test step is installed.
    static int targetVersion();
    // Brings an open database to targetVersion(): creates, migrates or refuses it.
    Result<> prepare(const QString &path);
    Result<> createSchema();
    Result<> migrate(int from);

    // Tests only: one more step after the real ones (pass {} to remove it).
    static void setExtraStepForTesting(Step step);

private:
    struct FileState
    {
        int version = 0;
        bool ours = false;
        bool empty = true;
        // A new file to create or one of ours to migrate; anything else is settled unlocked.
        bool needsWrite() const
        {
            return (version == 0 && empty) || (ours && version > 0 && version < targetVersion());
        }
    };
    Result<FileState> inspectSnapshot(const QString &path);
    Result<FileState> inspect(const QString &path);
    Result<> bringUpToDate(const QString &path, const FileState &state);
    Result<> runStep(int toVersion);
    Result<> runStatements(const QStringList &statements, const QString &what);
    Result<> writeVersion(int version);
    Result<bool> isEmpty();

    StoreDatabase &m_store;
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
};
