#include "core/storage/storedatabase.h"

#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("eventsmith-store-%1").arg(++counter);
}

} // namespace

StoreDatabase::StoreDatabase(const Clock &clock)
    : m_clock(clock)
{ }

StoreDatabase::~StoreDatabase()
{
    close();
}

Result<> StoreDatabase::connect(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error {
            StoreErrors::CannotOpen, tr("%1 is a folder, not a database file.").arg(path)};
    }
    QDir().mkpath(info.absolutePath());
    m_path = path;
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open())
        return StoreSql::errorFrom(m_db.lastError(), QStringLiteral("Opening %1").arg(path));
    // Connection settings only: nothing is written to the file before the version check.
    auto foreignKeys
        = setPragma(QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1"));
    if (!foreignKeys)
        return foreignKeys;
    return setPragma(QStringLiteral("busy_timeout"), QString::number(m_busyTimeoutMs),
        QString::number(m_busyTimeoutMs));
}

Result<> StoreDatabase::configure()
{
    // Without WAL, readers block the writer (and the reverse) and a crash is less safe.
    auto mode = journalModeWal();
    if (!mode)
        return mode.error();
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error {StoreErrors::WalUnavailable,
            tr("SQLite refused write-ahead logging for %1 (journal mode is "
               "\"%2\"); keep the database on a local disk.")
                .arg(m_path, mode.value())};
    }
    return setPragma(QStringLiteral("synchronous"), QStringLiteral("NORMAL"), QStringLiteral("1"));
}

// The journal mode after asking for WAL. A file already in WAL needs no change (and no lock);
// switching takes an exclusive lock that SQLite's busy timeout does not wait for, so another
// process opening the same new file at that moment is waited out here, up to the busy timeout.
Result<QString> StoreDatabase::journalModeWal()
{
    auto current = StoreSql::scalar(m_db, QStringLiteral("PRAGMA journal_mode"));
    if (!current)
        return current.error();
    if (current.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return current.value().toString();
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(m_db);
        const Result<> set = StoreSql::run(query, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (set)
            return query.next() ? query.value(0).toString() : QString();
        if (set.error().code != StoreErrors::Busy || waited.elapsed() > m_busyTimeoutMs)
            return set.error();
        QThread::msleep(20);
    }
}

Result<> StoreDatabase::setPragma(
    const QString &name, const QString &value, const QString &expected)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value)))
        return StoreSql::errorFrom(query.lastError(), QStringLiteral("Setting %1").arg(name));
    auto current = StoreSql::scalar(m_db, QStringLiteral("PRAGMA %1").arg(name));
    if (!current)
        return current.error();
    if (current.value().toString() != expected) {
        return Error {StoreErrors::SettingRefused,
            tr("SQLite kept %1 = %2 instead of %3 for %4.")
                .arg(name, current.value().toString(), value, m_path)};
    }
    return {};
}

void StoreDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

Result<int> StoreDatabase::userVersion() const
{
    if (!isOpen())
        return StoreSql::notOpen();
    auto version = StoreSql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version.value().toInt();
}

Result<QString> StoreDatabase::journalMode() const
{
    if (!isOpen())
        return StoreSql::notOpen();
    auto mode = StoreSql::scalar(m_db, QStringLiteral("PRAGMA journal_mode"));
    if (!mode)
        return mode.error();
    return mode.value().toString();
}

Result<> StoreDatabase::integrityCheck() const
{
    auto selected = StoreSql::select(m_db, QStringLiteral("PRAGMA integrity_check"));
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return Error {StoreErrors::Corrupt,
        tr("The integrity check of %1 found problems: %2")
            .arg(m_path, problems.join(QStringLiteral("; ")))};
}
