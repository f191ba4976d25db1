#include "core/storage/storesql.h"

namespace {

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26
};

// SQLite extended constraint codes that deserve their own Error code.
enum SqliteConstraint {
    ConstraintCheck = 275,
    ConstraintForeignKey = 787,
    ConstraintUnique = 2067
};

QString codeFor(int native)
{
    switch (native) {
    case ConstraintUnique:
        return QStringLiteral("store-duplicate");
    case ConstraintForeignKey:
        return QStringLiteral("store-missing-reference");
    case ConstraintCheck:
        return QStringLiteral("store-invalid-value");
    }
    switch (native & 0xff) {
    case Busy:
    case Locked:
        return QStringLiteral("store-busy");
    case ReadOnly:
        return QStringLiteral("store-readonly");
    case Corrupt:
    case NotADb:
        return QStringLiteral("store-corrupt");
    case Full:
        return QStringLiteral("store-full");
    case CantOpen:
        return QStringLiteral("store-cannot-open");
    case Constraint:
        return QStringLiteral("store-constraint");
    }
    return QStringLiteral("store-query-failed");
}

QString hintFor(const QString &code)
{
    if (code == QLatin1String("store-busy"))
        return QStringLiteral(" The database is in use by another Eventsmith window or program; "
                              "close it or try again.");
    if (code == QLatin1String("store-readonly"))
        return QStringLiteral(" The database file or its folder cannot be written.");
    if (code == QLatin1String("store-corrupt"))
        return QStringLiteral(" The file is not an Eventsmith database or it is damaged; "
                              "restore a backup or choose another file.");
    if (code == QLatin1String("store-full"))
        return QStringLiteral(" The disk is full.");
    return {};
}

} // namespace

Error StoreSql::errorFrom(const QSqlError &error, const QString &context)
{
    const QString code = codeFor(error.nativeErrorCode().toInt());
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    return Error {code, QStringLiteral("%1 failed: %2.%3").arg(context, detail, hintFor(code))};
}

Error StoreSql::notOpen()
{
    return Error {QStringLiteral("store-not-open"), QStringLiteral("The store is not open.")};
}

Error StoreSql::notFound(const QString &what, qint64 id)
{
    return Error {QStringLiteral("store-not-found"),
        QStringLiteral("No %1 with id %2 in the store.").arg(what).arg(id)};
}

std::optional<Error> StoreSql::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return std::nullopt;
    return errorFrom(query.lastError(), QStringLiteral("Preparing \"%1\"").arg(sql.left(60)));
}

std::optional<Error> StoreSql::exec(QSqlQuery &query, const QString &context)
{
    if (query.exec())
        return std::nullopt;
    return errorFrom(query.lastError(), context);
}

std::optional<Error> StoreSql::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (auto error = prepare(query, sql))
        return error;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, notNull(values.at(i)));
    return exec(query, QStringLiteral("\"%1\"").arg(sql.left(60)));
}

Result<QSqlQuery> StoreSql::select(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (!db.isOpen())
        return notOpen();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, sql, values))
        return *error;
    return query;
}

Result<QVariant> StoreSql::scalar(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto selected = select(db, sql, values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    if (!query.next()) {
        if (query.lastError().isValid())
            return errorFrom(query.lastError(), QStringLiteral("\"%1\"").arg(sql.left(60)));
        return QVariant();
    }
    return query.value(0);
}

QVariant StoreSql::notNull(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    case QMetaType::QByteArray:
        return value.toByteArray().isNull() ? QVariant(QByteArray("")) : value;
    default:
        return value;
    }
}

QVariant StoreSql::toMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime StoreSql::fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant StoreSql::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant StoreSql::msOrNull(qint64 ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant();
}
