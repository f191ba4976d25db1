#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

class StoreDatabase;

// Creates the schema in new files and upgrades older files one version step at a time, all
// steps in one transaction: a failing step leaves the file exactly as it was.
class SchemaMigrator final
{
public:
    static constexpr int CurrentVersion = 2;
    // Marks the file as ours in the SQLite header ("ESMT"), so foreign databases are refused.
    static constexpr int ApplicationId = 0x45534D54;

    using Step = std::function<std::optional<Error>(QSqlDatabase &db)>;

    explicit SchemaMigrator(StoreDatabase &db);

    // The version this build writes: CurrentVersion, plus one while a test step is installed.
    static int targetVersion();
    // Brings an open database to targetVersion(): creates, migrates or refuses it.
    std::optional<Error> prepare(const QString &path);
    std::optional<Error> createSchema();
    std::optional<Error> migrate(int from);

    // Tests only: one more step after the real ones (pass {} to remove it).
    static void setExtraStepForTesting(Step step);

private:
    std::optional<Error> runStep(int toVersion);
    std::optional<Error> runStatements(const QStringList &statements, const QString &what);
    std::optional<Error> writeVersion(int version);
    Result<bool> isEmpty();

    StoreDatabase &m_store;
    QSqlDatabase m_db;
};
