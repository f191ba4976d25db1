#include "core/storage/schemamigrator.h"

#include "core/storage/schemasql.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"
#include "core/storage/storetransaction.h"

namespace {

SchemaMigrator::Step &extraStep()
{
    static SchemaMigrator::Step step;
    return step;
}

Error migrationError(int toVersion, const Error &cause)
{
    return Error {StoreErrors::MigrationFailed,
        QCoreApplication::translate("SchemaMigrator",
            "Upgrading the database to version %1 failed; it was left "
            "unchanged. %2")
            .arg(toVersion)
            .arg(cause.message)};
}

} // namespace

SchemaMigrator::SchemaMigrator(StoreDatabase &db)
    : m_store(db)
    , m_db(db.db())
{ }

int SchemaMigrator::targetVersion()
{
    return extraStep() ? CurrentVersion + 1 : CurrentVersion;
}

void SchemaMigrator::setExtraStepForTesting(Step step)
{
    extraStep() = std::move(step);
}

Result<> SchemaMigrator::prepare(const QString &path)
{
    auto state = inspectSnapshot(path);
    if (!state)
        return state.error();
    if (!state.value().needsWrite())
        return bringUpToDate(path, state.value()); // up to date, or refused untouched
    // Creating or migrating: decide again under the write lock (BEGIN IMMEDIATE waits out a
    // concurrent creator), so two processes opening a new file at once both end up with one schema.
    StoreTransaction transaction(m_store);
    ES_TRY(transaction.begin());
    state = inspect(path);
    if (!state)
        return state.error();
    ES_TRY(bringUpToDate(path, state.value()));
    return transaction.commit();
}

// The version, application id and table count read in one read transaction: another process
// committing a new schema in between would otherwise show a file that is neither empty nor ours.
Result<SchemaMigrator::FileState> SchemaMigrator::inspectSnapshot(const QString &path)
{
    ES_TRY(runStatements({QStringLiteral("BEGIN")}, QStringLiteral("Reading the schema version")));
    auto state = inspect(path);
    const Result<> ended
        = runStatements({QStringLiteral("COMMIT")}, QStringLiteral("Reading the schema version"));
    if (!state)
        return state.error();
    if (!ended)
        return ended.error();
    return state;
}

Result<SchemaMigrator::FileState> SchemaMigrator::inspect(const QString &path)
{
    auto version = StoreSql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    FileState state;
    state.version = version.value().toInt();
    if (state.version > targetVersion()) {
        return Error {StoreErrors::TooNew,
            tr("The database %1 has schema version %2, but this Eventsmith "
               "only knows versions up to %3. Update Eventsmith to open it; "
               "the file was not changed.")
                .arg(path)
                .arg(state.version)
                .arg(targetVersion())};
    }
    auto appId = StoreSql::scalar(m_db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    state.ours = appId.value().toInt() == ApplicationId;
    state.empty = empty.value();
    return state;
}

Result<> SchemaMigrator::bringUpToDate(const QString &path, const FileState &state)
{
    if (state.version == 0 && state.empty)
        return createSchema();
    if (!state.ours || state.version == 0) {
        return Error {StoreErrors::NotEventsmith,
            tr("The file %1 is an SQLite database but not an Eventsmith "
               "one; it was not changed.")
                .arg(path)};
    }
    return state.version < targetVersion() ? migrate(state.version) : Result<>();
}

Result<> SchemaMigrator::createSchema()
{
    StoreTransaction transaction(m_store);
    ES_TRY(transaction.begin());
    ES_TRY(runStatements(SchemaSql::current(), QStringLiteral("Creating the schema")));
    for (int v = SchemaSql::BaseVersion + 1; v <= targetVersion(); ++v) {
        ES_TRY(runStep(v));
    }
    ES_TRY(writeVersion(targetVersion()));
    return transaction.commit();
}

Result<> SchemaMigrator::migrate(int from)
{
    StoreTransaction transaction(m_store);
    if (auto begun = transaction.begin(); !begun)
        return migrationError(from + 1, begun.error());
    for (int v = from + 1; v <= targetVersion(); ++v) {
        if (auto stepped = runStep(v); !stepped)
            return migrationError(v, stepped.error());
    }
    if (auto written = writeVersion(targetVersion()); !written)
        return migrationError(targetVersion(), written.error());
    if (auto committed = transaction.commit(); !committed)
        return migrationError(targetVersion(), committed.error());
    return {};
}

Result<> SchemaMigrator::runStep(int toVersion)
{
    if (toVersion > CurrentVersion)
        return extraStep()(m_db);
    return runStatements(
        SchemaSql::step(toVersion), QStringLiteral("Step to version %1").arg(toVersion));
}

Result<> SchemaMigrator::runStatements(const QStringList &statements, const QString &what)
{
    for (const QString &sql : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return StoreSql::errorFrom(query.lastError(), what);
    }
    return {};
}

Result<> SchemaMigrator::writeVersion(int version)
{
    // PRAGMA takes no bound parameters; both values are integers we control.
    return runStatements({QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                             QStringLiteral("PRAGMA user_version = %1").arg(version)},
        QStringLiteral("Writing the schema version"));
}

Result<bool> SchemaMigrator::isEmpty()
{
    auto count = StoreSql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!count)
        return count.error();
    return count.value().toInt() == 0;
}
