#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where and how events are sent: URL template, auth mode, key source and time limits. Never holds
// the key itself, so it can be stored and exported safely.
struct TargetConfig
{
    enum class AuthMode { Header, Query };
    enum class KeySource { Keychain, Environment };

    static constexpr const char *DefaultEnvVar = "EVENTSMITH_API_KEY";
    static constexpr const char *EventTypePlaceholder = "{eventType}";
    static constexpr const char *PortPlaceholder = "{port}";

    QString name;
    QString urlTemplate;
    AuthMode authMode = AuthMode::Header;
    KeySource keySource = KeySource::Environment;
    QString keychainEntry; // entry name in the OS keychain; defaults to the target name
    QString envVar = QString::fromLatin1(DefaultEnvVar); // also the fallback for the keychain
    int transferTimeoutMs = 30000; // aborts after this long without any bytes moving
    int deadlineMs = 60000; // aborts the whole exchange after this long, whatever happens
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    // The environment variables {{env.NAME}} may read in what is sent here; none by default.
    QStringList templateEnvironment;

    // The URL for one family; `receiverPort` fills `{port}` (the local receiver preset).
    Result<QUrl> expandUrl(const QString &family, quint16 receiverPort = 0) const;
    QString effectiveKeychainEntry() const;

    QJsonObject toJson() const;
    static Result<TargetConfig> fromJson(const QJsonObject &object);

    static TargetConfig octaveCurrent();
    static TargetConfig octaveOlderPath();
    static TargetConfig localReceiver();
    static QList<TargetConfig> presets();

    static QString authModeName(AuthMode mode);
    static QString keySourceName(KeySource source);

    Q_DECLARE_TR_FUNCTIONS(TargetConfig)
};
