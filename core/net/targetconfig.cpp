#include "core/net/targetconfig.h"

#include "core/net/neterrors.h"

#include <QJsonArray>

namespace {

const QString kOctaveBase = QStringLiteral("https://app.octavehq.com");
const QString kGenericPath = QStringLiteral("/api/v2/analytics/webhook/receive/generic/");

bool isFamilyName(const QString &family)
{
    if (family.isEmpty())
        return false;
    for (const QChar c : family) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-') || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

Result<QUrl> TargetConfig::expandUrl(const QString &family, quint16 receiverPort) const
{
    QString text = urlTemplate.trimmed();
    if (!text.contains(QLatin1String(EventTypePlaceholder)))
        return Error {NetErrors::TargetUrlMissingEventType,
            tr("URL template of target '%1' has no {eventType}").arg(name)};
    if (!isFamilyName(family))
        return Error {NetErrors::TargetBadFamily, tr("'%1' is not a family name").arg(family)};
    if (text.contains(QLatin1String(PortPlaceholder))) {
        if (receiverPort == 0)
            return Error {NetErrors::TargetNeedsReceiverPort,
                tr("Target '%1' needs the local receiver's port").arg(name)};
        text.replace(QLatin1String(PortPlaceholder), QString::number(receiverPort));
    }
    text.replace(QLatin1String(EventTypePlaceholder), family);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error {NetErrors::TargetBadUrl, tr("'%1' is not an http(s) URL").arg(text)};
    return url;
}

QString TargetConfig::effectiveKeychainEntry() const
{
    return keychainEntry.isEmpty() ? name : keychainEntry;
}

QString TargetConfig::authModeName(AuthMode mode)
{
    return mode == AuthMode::Query ? QStringLiteral("query") : QStringLiteral("header");
}

QString TargetConfig::keySourceName(KeySource source)
{
    return source == KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("env");
}

QJsonObject TargetConfig::toJson() const
{
    QJsonArray headers;
    for (const auto &header : extraHeaders)
        headers.append(
            QJsonArray {QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return QJsonObject {{QStringLiteral("name"), name},
        {QStringLiteral("urlTemplate"), urlTemplate},
        {QStringLiteral("authMode"), authModeName(authMode)},
        {QStringLiteral("keySource"), keySourceName(keySource)},
        {QStringLiteral("keychainEntry"), keychainEntry}, {QStringLiteral("envVar"), envVar},
        {QStringLiteral("transferTimeoutMs"), transferTimeoutMs},
        {QStringLiteral("deadlineMs"), deadlineMs}, {QStringLiteral("extraHeaders"), headers}};
}

Result<TargetConfig> TargetConfig::fromJson(const QJsonObject &object)
{
    TargetConfig target;
    target.name = object.value(QStringLiteral("name")).toString();
    target.urlTemplate = object.value(QStringLiteral("urlTemplate")).toString();
    if (target.name.isEmpty() || target.urlTemplate.isEmpty())
        return Error {NetErrors::TargetBadJson, tr("A target needs a name and a URL template")};
    const QString auth = object.value(QStringLiteral("authMode")).toString();
    target.authMode = auth == QLatin1String("query") ? AuthMode::Query : AuthMode::Header;
    const QString source = object.value(QStringLiteral("keySource")).toString();
    target.keySource
        = source == QLatin1String("keychain") ? KeySource::Keychain : KeySource::Environment;
    target.keychainEntry = object.value(QStringLiteral("keychainEntry")).toString();
    target.envVar = object.value(QStringLiteral("envVar")).toString(target.envVar);
    target.transferTimeoutMs
        = object.value(QStringLiteral("transferTimeoutMs")).toInt(target.transferTimeoutMs);
    target.deadlineMs = object.value(QStringLiteral("deadlineMs")).toInt(target.deadlineMs);
    const QJsonArray headers = object.value(QStringLiteral("extraHeaders")).toArray();
    for (const QJsonValue &pair : headers) {
        const QJsonArray parts = pair.toArray();
        if (parts.size() == 2 && !parts.at(0).toString().isEmpty())
            target.extraHeaders.append(
                {parts.at(0).toString().toLatin1(), parts.at(1).toString().toUtf8()});
    }
    return target;
}

TargetConfig TargetConfig::octaveCurrent()
{
    TargetConfig target;
    target.name = QStringLiteral("Octave (current)");
    target.urlTemplate = kOctaveBase + kGenericPath + QLatin1String(EventTypePlaceholder);
    return target;
}

TargetConfig TargetConfig::octaveOlderPath()
{
    TargetConfig target;
    target.name = QStringLiteral("Octave (older path)");
    target.urlTemplate = kOctaveBase + kGenericPath + QStringLiteral("generic/")
        + QLatin1String(EventTypePlaceholder);
    return target;
}

TargetConfig TargetConfig::localReceiver()
{
    TargetConfig target;
    target.name = QStringLiteral("Local receiver");
    target.urlTemplate = QStringLiteral("http://127.0.0.1:") + QLatin1String(PortPlaceholder)
        + kGenericPath + QLatin1String(EventTypePlaceholder);
    return target;
}

QList<TargetConfig> TargetConfig::presets()
{
    return {octaveCurrent(), octaveOlderPath(), localReceiver()};
}
