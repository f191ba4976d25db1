#include "core/storage/storesql.h"

#include "core/storage/storeerrors.h"

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
        return StoreErrors::Duplicate;
    case ConstraintForeignKey:
        return StoreErrors::MissingReference;
    case ConstraintCheck:
        return StoreErrors::InvalidValue;
    }
    switch (native & 0xff) {
    case Busy:
    case Locked:
        return StoreErrors::Busy;
    case ReadOnly:
        return StoreErrors::ReadOnly;
    case Corrupt:
    case NotADb:
        return StoreErrors::Corrupt;
    case Full:
        return StoreErrors::Full;
    case CantOpen:
        return StoreErrors::CannotOpen;
    case Constraint:
        return StoreErrors::Constraint;
    }
    return StoreErrors::QueryFailed;
}

QString hintFor(const QString &code)
{
    if (code == StoreErrors::Busy)
        return QCoreApplication::translate("StoreSql",
            " The database is in use by another Eventsmith window or program; "
            "close it or try again.");
    if (code == StoreErrors::ReadOnly)
        return QCoreApplication::translate(
            "StoreSql", " The database file or its folder cannot be written.");
    if (code == StoreErrors::Corrupt)
        return QCoreApplication::translate("StoreSql",
            " The file is not an Eventsmith database or it is damaged; "
            "restore a backup or choose another file.");
    if (code == StoreErrors::Full)
        return QCoreApplication::translate("StoreSql", " The disk is full.");
    return {};
}

} // namespace

Error StoreSql::errorFrom(const QSqlError &error, const QString &context)
{
    const QString code = codeFor(error.nativeErrorCode().toInt());
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    return Error {code, tr("%1 failed: %2.%3").arg(context, detail, hintFor(code))};
}

Error StoreSql::notOpen()
{
    return Error {StoreErrors::NotOpen, tr("The store is not open.")};
}

Error StoreSql::notFound(const QString &what, qint64 id)
{
    return Error {StoreErrors::NotFound, tr("No %1 with id %2 in the store.").arg(what).arg(id)};
}

Result<> StoreSql::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return {};
    return errorFrom(query.lastError(), QStringLiteral("Preparing \"%1\"").arg(sql.left(60)));
}

Result<> StoreSql::exec(QSqlQuery &query, const QString &context)
{
    if (query.exec())
        return {};
    return errorFrom(query.lastError(), context);
}

Result<> StoreSql::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    ES_TRY(prepare(query, sql));
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
    ES_TRY(run(query, sql, values));
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
