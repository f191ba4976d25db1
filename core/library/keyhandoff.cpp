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
    Outcome outcome;
    if (report.apiKey.isEmpty() && report.apiKeyEnvVar.isEmpty() && keyEnv.isEmpty())
        return outcome;
    TargetConfig target = importedTarget(report, targetName);
    if (!keyEnv.isEmpty()) {
        target.envVar = keyEnv;
        outcome.message
            = QStringLiteral("target \"%1\" reads the key from $%2").arg(target.name, keyEnv);
    } else if (!report.apiKey.isEmpty()) {
        if (secrets)
            outcome = save(*secrets, target, report.apiKey);
        target.keySource = outcome.keySource;
    } else {
        outcome.message
            = QStringLiteral("the command reads its key from $%1, and an imported command does "
                             "not choose which variable is sent: no target was saved. To save "
                             "target \"%2\", name the variable it reads yourself (--key-env NAME, "
                             "or the key variable field of the import dialog)")
                  .arg(report.apiKeyEnvVar, target.name);
        return outcome;
    }
    if (store.targets().byName(target.name))
        return outcome; // an existing target keeps its settings; only the key moved
    const auto added = store.targets().add(TargetResolver::toStored(target));
    outcome.message += added
        ? QStringLiteral("; saved target \"%1\" (%2)").arg(target.name, target.urlTemplate)
        : QStringLiteral("; target \"%1\" not saved: %2").arg(target.name, added.error().message);
    return outcome;
}
