#include "core/storage/targetstore.h"

#include "core/common/clock.h"
#include "core/storage/storedatabase.h"
#include "core/storage/storeerrors.h"
#include "core/storage/storesql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QString secretName = QStringLiteral("api_key");

Error invalid(const QString &message)
{
    return Error {StoreErrors::InvalidTarget, message};
}

bool isSecretHeader(const QString &name)
{
    return name.compare(secretName, Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
}

Result<> checkHeaders(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return invalid(QStringLiteral("Extra headers must be a JSON object of names to values."));
    const QJsonObject headers = doc.object();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (!it.value().isString())
            return invalid(QStringLiteral("Extra header \"%1\" must be a string.").arg(it.key()));
        if (isSecretHeader(it.key()))
            return invalid(QStringLiteral("Extra header \"%1\" would keep a key in the database; "
                                          "set the key source instead.")
                               .arg(it.key()));
    }
    return {};
}

} // namespace

QString TargetStore::authModeName(TargetAuthMode mode)
{
    return mode == TargetAuthMode::Query ? QStringLiteral("query") : QStringLiteral("header");
}

QString TargetStore::keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeySource::Environment:
        return QStringLiteral("env");
    case KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

Result<> TargetStore::check(const Target &target)
{
    if (target.name.trimmed().isEmpty())
        return invalid(QStringLiteral("A target needs a name."));
    if (target.urlTemplate.trimmed().isEmpty())
        return invalid(QStringLiteral("Target \"%1\" needs a URL.").arg(target.name));
    const QUrlQuery query(QUrl(target.urlTemplate).query());
    if (query.hasQueryItem(secretName))
        return invalid(QStringLiteral("The URL of target \"%1\" contains a key; set the key "
                                      "source instead.")
                           .arg(target.name));
    if (target.keySource != KeySource::None && target.keyName.trimmed().isEmpty())
        return invalid(QStringLiteral("Target \"%1\" needs the name of its keychain entry or "
                                      "environment variable.")
                           .arg(target.name));
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &name : target.templateEnvironment)
        if (!variableName.match(name).hasMatch())
            return invalid(QStringLiteral("\"%1\" is not an environment variable name (target "
                                          "\"%2\"): use letters, digits and _.")
                               .arg(name, target.name));
    if (target.timeoutMs <= 0)
        return invalid(
            QStringLiteral("The timeout of target \"%1\" must be positive.").arg(target.name));
    return checkHeaders(target.extraHeadersJson);
}

Result<QList<Target>> TargetStore::list() const
{
    return select(QString(), {});
}

Result<Target> TargetStore::byName(const QString &name) const
{
    auto targets = select(QStringLiteral("WHERE name = ?"), {name});
    if (!targets)
        return targets.error();
    if (targets.value().isEmpty())
        return Error {StoreErrors::NotFound, tr("No target named \"%1\" in the store.").arg(name)};
    return targets.value().constFirst();
}

Result<Target> TargetStore::target(qint64 id) const
{
    auto targets = select(QStringLiteral("WHERE id = ?"), {id});
    if (!targets)
        return targets.error();
    if (targets.value().isEmpty())
        return StoreSql::notFound(QStringLiteral("target"), id);
    return targets.value().constFirst();
}

QVariantList TargetStore::columnValues(const Target &target) const
{
    return {target.name, target.urlTemplate, authModeName(target.authMode),
        keySourceName(target.keySource), target.keyName, target.timeoutMs,
        target.extraHeadersJson.isEmpty() ? QStringLiteral("{}") : target.extraHeadersJson,
        target.templateEnvironment.join(QLatin1Char(',')), StoreSql::toMs(m_db.clock().now())};
}

Result<qint64> TargetStore::add(const Target &target)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    ES_TRY(check(target));
    QVariantList values = columnValues(target);
    values << values.last();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("INSERT INTO targets (name, url_template, auth_mode, key_source,"
                       " key_name, timeout_ms, extra_headers, template_env, updated_at,"
                       " created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values));
    return query.lastInsertId().toLongLong();
}

Result<> TargetStore::update(const Target &target)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    ES_TRY(check(target));
    QVariantList values = columnValues(target);
    values << target.id;
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query,
        QStringLiteral("UPDATE targets SET name = ?, url_template = ?, auth_mode = ?,"
                       " key_source = ?, key_name = ?, timeout_ms = ?, extra_headers = ?,"
                       " template_env = ?, updated_at = ? WHERE id = ?"),
        values));
    if (query.numRowsAffected() == 0)
        return StoreSql::notFound(QStringLiteral("target"), target.id);
    return {};
}

Result<> TargetStore::remove(const QString &name)
{
    if (!m_db.isOpen())
        return StoreSql::notOpen();
    QSqlQuery query(m_db.db());
    ES_TRY(StoreSql::run(query, QStringLiteral("DELETE FROM targets WHERE name = ?"), {name}));
    if (query.numRowsAffected() == 0)
        return Error {StoreErrors::NotFound, tr("No target named \"%1\" in the store.").arg(name)};
    return {};
}

Result<QList<Target>> TargetStore::select(const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral(
        "SELECT id, name, url_template, auth_mode, key_source, key_name, timeout_ms,"
        " extra_headers, created_at, updated_at, template_env FROM targets %1"
        " ORDER BY name COLLATE NOCASE");
    auto selected = StoreSql::select(m_db.db(), sql.arg(where), values);
    if (!selected)
        return selected.error();
    QSqlQuery &query = selected.value();
    QList<Target> targets;
    while (query.next()) {
        Target target;
        target.id = query.value(0).toLongLong();
        target.name = query.value(1).toString();
        target.urlTemplate = query.value(2).toString();
        target.authMode = query.value(3).toString() == QLatin1String("query")
            ? TargetAuthMode::Query
            : TargetAuthMode::Header;
        const QString source = query.value(4).toString();
        target.keySource = source == QLatin1String("keychain") ? KeySource::Keychain
            : source == QLatin1String("env")                   ? KeySource::Environment
                                                               : KeySource::None;
        target.keyName = query.value(5).toString();
        target.timeoutMs = query.value(6).toInt();
        target.extraHeadersJson = query.value(7).toString();
        target.createdAt = StoreSql::fromMs(query.value(8));
        target.updatedAt = StoreSql::fromMs(query.value(9));
        target.templateEnvironment
            = query.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        targets << target;
    }
    return targets;
}
