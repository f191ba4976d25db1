#pragma once

#include "core/net/targetconfig.h"

#include <QString>

class EventStore;
struct Target;
class SecretStore;
struct ImportReport;

// What happens to an API key found in an imported cURL command, for both front-ends. A literal
// key moves into the target's keychain entry, so it never lands in an event, the database or an
// export (when the keychain is unavailable it is dropped and the user told which variable to
// set). A command that reads its key from a variable ($GITHUB_TOKEN) does not choose it: the
// target reads a variable only when the user names one (--key-env, or the import dialog).
class KeyHandoff final
{
public:
    struct Outcome
    {
        bool stored = false;
        TargetConfig::KeySource keySource = TargetConfig::KeySource::Environment;
        QString message; // safe to show: names the entry or the variable, never the key
    };

    // Hands the key of `report` to target `targetName`: a new target is saved with the
    // command's URL; an existing one keeps its settings and gets the key where it reads keys
    // (its keychain entry) or, with `keyEnv` (the variable the user chose), reads that variable.
    static Outcome handOff(EventStore &store, SecretStore *secrets, const ImportReport &report,
        const QString &targetName, const QString &keyEnv);

    static Outcome save(SecretStore &secrets, const TargetConfig &target, const QString &key);

    // The target an imported command's key belongs to: its URL and where the key goes.
    static TargetConfig importedTarget(const ImportReport &report, const QString &name);

private:
    static Outcome handOffToNew(EventStore &store, SecretStore *secrets, TargetConfig target,
        const QString &key, const QString &keyEnv);
    static Outcome handOffToExisting(EventStore &store, SecretStore *secrets, const QString &key,
        const QString &keyEnv, const Target &stored);
};
