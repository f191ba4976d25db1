#pragma once

#include "core/common/result.h"
#include "core/storage/target.h"

#include <QCoreApplication>
#include <QList>

class StoreDatabase;

// The saved targets, by unique name. Refuses anything that looks like a key stored in the
// target itself: keys live in the keychain or an environment variable, never in the database.
class TargetStore final
{
public:
    explicit TargetStore(StoreDatabase &db)
        : m_db(db)
    { }

    Result<QList<Target>> list() const;
    Result<Target> byName(const QString &name) const;
    Result<Target> target(qint64 id) const;
    Result<qint64> add(const Target &target);
    // Updates the target with target.id (its name may change).
    Result<> update(const Target &target);
    Result<> remove(const QString &name);

    static QString authModeName(TargetAuthMode mode);
    static QString keySourceName(KeySource source);

private:
    static Result<> check(const Target &target);
    Result<QList<Target>> select(const QString &where, const QVariantList &values) const;
    QVariantList columnValues(const Target &target) const;

    StoreDatabase &m_db;

    Q_DECLARE_TR_FUNCTIONS(TargetStore)
};
