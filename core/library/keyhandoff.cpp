#include "core/library/keyhandoff.h"

#include "core/io/importreport.h"
#include "core/net/secretstore.h"
#include "core/net/targetresolver.h"
#include "core/storage/eventstore.h"

KeyHandoff::Outcome KeyHandoff::save(
    SecretStore &secrets, const TargetConfig &target, const QString &key)
{
    Outcome outcome;
    const QString entry = target.effectiveKeychainEntry();
    const QString instead = QStringLiteral("set %1 in the environment (export %1=...) to send "
                                           "with target \"%2\"")
                                .arg(target.envVar, target.name);
    if (secrets.probe() != SecretStore::Availability::Available) {
        outcome.message = QStringLiteral("the API key from the command was not saved: the keychain "
                                         "is unavailable (%1); %2")
                              .arg(secrets.statusMessage(), instead);
        return outcome;
    }
    const auto written = secrets.writeSecret(entry, key);
    if (!written) {
        outcome.message = QStringLiteral("the API key from the command was not saved: %1; %2")
                              .arg(written.error().message, instead);
        return outcome;
    }
    outcome.stored = true;
    outcome.keySource = TargetConfig::KeySource::Keychain;
    outcome.message = QStringLiteral("the API key from the command was moved to the keychain "
                                     "entry \"%1\" of target \"%2\"")
                          .arg(entry, target.name);
    return outcome;
}

TargetConfig KeyHandoff::importedTarget(const ImportReport &report, const QString &name)
{
    TargetConfig target;
    target.name = name;
    target.urlTemplate = report.urlTemplate;
    target.authMode
        = report.keyInQuery ? TargetConfig::AuthMode::Query : TargetConfig::AuthMode::Header;
    return target;
}

KeyHandoff::Outcome KeyHandoff::handOff(EventStore &store, SecretStore *secrets,
    const ImportReport &report, const QString &targetName, const QString &keyEnv)
{
    if (report.apiKey.isEmpty() && report.apiKeyEnvVar.isEmpty() && keyEnv.isEmpty())
        return Outcome();
    if (keyEnv.isEmpty() && report.apiKey.isEmpty()) {
        Outcome refused;
        refused.message
            = QStringLiteral("the command reads its key from $%1, and an imported command does "
                             "not choose which variable is sent: no target was saved. To save "
                             "target \"%2\", name the variable it reads yourself (--key-env NAME, "
                             "or the key variable field of the import dialog)")
                  .arg(report.apiKeyEnvVar, targetName);
        return refused;
    }
    const Result<Target> existing = store.targets().byName(targetName);
    return existing
        ? handOffToExisting(store, secrets, report.apiKey, keyEnv, existing.value())
        : handOffToNew(store, secrets, importedTarget(report, targetName), report.apiKey, keyEnv);
}

// A new target: its URL and key mode from the command, its key where the user said.
KeyHandoff::Outcome KeyHandoff::handOffToNew(EventStore &store, SecretStore *secrets,
    TargetConfig target, const QString &key, const QString &keyEnv)
{
    Outcome outcome;
    if (!keyEnv.isEmpty()) {
        target.envVar = keyEnv;
        outcome.message
            = QStringLiteral("target \"%1\" reads the key from $%2").arg(target.name, keyEnv);
    } else if (secrets) {
        outcome = save(*secrets, target, key);
        target.keySource = outcome.keySource;
    }
    const auto added = store.targets().add(TargetResolver::toStored(target));
    outcome.message += added
        ? QStringLiteral("; saved target \"%1\" (%2)").arg(target.name, target.urlTemplate)
        : QStringLiteral("; target \"%1\" not saved: %2").arg(target.name, added.error().message);
    return outcome;
}

// A target the user already has keeps its URL and settings; the key goes where it reads keys.
KeyHandoff::Outcome KeyHandoff::handOffToExisting(EventStore &store, SecretStore *secrets,
    const QString &key, const QString &keyEnv, const Target &stored)
{
    TargetConfig target = TargetResolver::fromStored(stored);
    Outcome outcome;
    if (!keyEnv.isEmpty()) {
        target.keySource = TargetConfig::KeySource::Environment;
        target.envVar = keyEnv;
        Target updated = TargetResolver::toStored(target);
        updated.id = stored.id;
        const auto written = store.targets().update(updated);
        outcome.message = written
            ? QStringLiteral("target \"%1\" now reads the key from $%2").arg(target.name, keyEnv)
            : QStringLiteral("target \"%1\" not changed: %2")
                  .arg(target.name, written.error().message);
        return outcome;
    }
    if (target.keySource != TargetConfig::KeySource::Keychain) {
        outcome.message = QStringLiteral("target \"%1\" reads its key from $%2, so the key from "
                                         "the command was not saved; set $%2 to send with it")
                              .arg(target.name, target.envVar);
        return outcome;
    }
    if (secrets)
        outcome = save(*secrets, target, key); // the entry the target reads from
    return outcome;
}
