#pragma once

#include "core/net/targetconfig.h"

#include <QString>

class SecretStore;
struct ImportReport;

// Moves an API key found in an imported command into the target's keychain entry, so that it
// never lands in an event, the database or an export. When the keychain is unavailable the key is
// dropped and the user is told which environment variable to set instead.
class KeyHandoff final
{
public:
    struct Outcome
    {
        bool stored = false;
        TargetConfig::KeySource keySource = TargetConfig::KeySource::Environment;
        QString message; // safe to show: names the entry or the variable, never the key
    };

    static Outcome save(SecretStore &secrets, const TargetConfig &target, const QString &key);
    // The target an imported command's key belongs to: its URL, where the key goes and, when
    // the command read the key from a variable, that variable.
    static TargetConfig importedTarget(const ImportReport &report, const QString &name);
};
