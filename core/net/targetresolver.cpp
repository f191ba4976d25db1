#include "core/net/targetresolver.h"

#include "core/net/neterrors.h"
#include "core/storage/eventstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace TargetResolver {

namespace {

const char *documentedPath = "/api/v2/analytics/webhook/receive/generic/{eventType}";

// A key written into an ad-hoc URL would reach the send history, run records, reports and
// exports with the URL: refuse it, as saved targets do, without echoing the key.
Result<> refuseKeyInUrl(const QString &text)
{
    static const QRegularExpression key(
        QStringLiteral("([?&]api_key=)[^&#]*"), QRegularExpression::CaseInsensitiveOption);
    if (!QUrlQuery(QUrl(text)).hasQueryItem(QStringLiteral("api_key"))
        && !key.match(text).hasMatch())
        return {};
    QString shown = text;
    shown.replace(key, QStringLiteral("\\1…"));
    return Error {NetErrors::TargetUrlWithKey,
        QCoreApplication::translate("TargetResolver",
            "the URL %1 carries a key (api_key); keys never go into a URL, which is stored and "
            "printed. Give the URL without it and the key through an environment variable "
            "(--api-key-env NAME with --auth query) or a saved target with a key source")
            .arg(shown)};
}

Result<TargetConfig> fromUrl(const QString &text)
{
    ES_TRY(refuseKeyInUrl(text));
    TargetConfig config;
    config.name = text;
    config.urlTemplate = text;
    if (!text.contains(QLatin1String(TargetConfig::EventTypePlaceholder))) {
        const QUrl url(text);
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            return Error {NetErrors::TargetUrlWithoutEventType,
                QCoreApplication::translate("TargetResolver",
                    "the URL %1 has a path but no {eventType}; write where the "
                    "family goes, e.g. %2")
                    .arg(text,
                        url.adjusted(QUrl::RemovePath).toString() + QLatin1String(documentedPath))};
        config.urlTemplate
            = url.adjusted(QUrl::RemovePath).toString() + QLatin1String(documentedPath);
    }
    return config;
}

} // namespace

TargetConfig fromStored(const Target &target)
{
    TargetConfig config;
    config.name = target.name;
    config.urlTemplate = target.urlTemplate;
    config.authMode = target.authMode == TargetAuthMode::Query ? TargetConfig::AuthMode::Query
                                                               : TargetConfig::AuthMode::Header;
    config.keySource = target.keySource == KeySource::Keychain
        ? TargetConfig::KeySource::Keychain
        : TargetConfig::KeySource::Environment;
    if (target.keySource == KeySource::Keychain)
        config.keychainEntry = target.keyName;
    else if (target.keySource == KeySource::Environment && !target.keyName.isEmpty())
        config.envVar = target.keyName;
    config.transferTimeoutMs = target.timeoutMs;
    config.deadlineMs = qMax(target.timeoutMs * 2, target.timeoutMs);
    const QJsonObject headers = QJsonDocument::fromJson(target.extraHeadersJson.toUtf8()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        config.extraHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    config.templateEnvironment = target.templateEnvironment;
    return config;
}

Target toStored(const TargetConfig &config)
{
    Target target;
    target.name = config.name;
    target.urlTemplate = config.urlTemplate;
    target.authMode = config.authMode == TargetConfig::AuthMode::Query ? TargetAuthMode::Query
                                                                       : TargetAuthMode::Header;
    target.keySource = config.keySource == TargetConfig::KeySource::Keychain
        ? KeySource::Keychain
        : KeySource::Environment;
    target.keyName = config.keySource == TargetConfig::KeySource::Keychain
        ? config.effectiveKeychainEntry()
        : config.envVar;
    target.timeoutMs = config.transferTimeoutMs;
    QJsonObject headers;
    for (const auto &header : config.extraHeaders)
        headers.insert(QString::fromUtf8(header.first), QString::fromUtf8(header.second));
    target.extraHeadersJson
        = QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
    target.templateEnvironment = config.templateEnvironment;
    return target;
}

Result<TargetConfig> resolve(const QString &text, EventStore *store)
{
    if (text.contains(QLatin1String("://")))
        return fromUrl(text);
    if (store) {
        Result<Target> saved = store->targets().byName(text);
        if (saved)
            return fromStored(saved.value());
    }
    for (const TargetConfig &preset : TargetConfig::presets()) {
        if (preset.name.compare(text, Qt::CaseInsensitive) != 0
            && !(text == QLatin1String("local")
                && preset.urlTemplate.contains(QLatin1String("127.0.0.1"))))
            continue;
        TargetConfig config = preset;
        config.urlTemplate.replace(
            QLatin1String(TargetConfig::PortPlaceholder), QString::number(DefaultReceiverPort));
        return config;
    }
    return Error {NetErrors::TargetUnknown,
        QCoreApplication::translate("TargetResolver",
            "no target named \"%1\"; give a URL, \"local\" (the receiver of "
            "'eventsmith-cli serve' on port %2), or add one with "
            "'eventsmith-cli targets add'")
            .arg(text)
            .arg(DefaultReceiverPort)};
}

} // namespace TargetResolver
