#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Runs statements and turns SQLite failures into Errors that name the cause (locked, damaged,
// read-only, full disk, constraint) together with SQLite's own message.
class StoreSql final
{
public:
    static Error errorFrom(const QSqlError &error, const QString &context);
    static Error notOpen();
    static Error notFound(const QString &what, qint64 id);

    // Prepares `sql` on `query`.
    static Result<> prepare(QSqlQuery &query, const QString &sql);
    // Executes an already prepared query.
    static Result<> exec(QSqlQuery &query, const QString &context);
    // Prepares and executes `sql` with positional `values`.
    static Result<> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // A forward-only query on `db`, prepared, bound and executed; refuses a closed database.
    static Result<QSqlQuery> select(
        const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // Runs a statement and returns the first column of its first row.
    static Result<QVariant> scalar(
        const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // SQLite gets NULL for a null QString or QByteArray; columns want '' instead.
    static QVariant notNull(const QVariant &value);
    static QVariant toMs(const QDateTime &time);
    static QDateTime fromMs(const QVariant &value);
    // NULL for "not set" sentinels (0 ids, -1 timings).
    static QVariant idOrNull(qint64 id);
    static QVariant msOrNull(qint64 ms);

    Q_DECLARE_TR_FUNCTIONS(StoreSql)
};
