#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// Where the API key goes in a request (spec §1): one mode per target, never both.
enum class TargetAuthMode { Header, Query };

// Where the key is found at send time; the store never holds the key itself.
enum class KeySource { None, Keychain, Environment };

// A place events are sent to: the API or a local receiver.
struct Target
{
    qint64 id = 0;
    QString name;
    QString urlTemplate; // contains {eventType}
    TargetAuthMode authMode = TargetAuthMode::Header;
    KeySource keySource = KeySource::None;
    QString keyName; // keychain entry name or environment variable name
    int timeoutMs = 30000;
    QString extraHeadersJson = QStringLiteral("{}"); // JSON object of header name -> value
    QStringList templateEnvironment; // variables {{env.NAME}} may read when sending here
    QDateTime createdAt;
    QDateTime updatedAt;
};
