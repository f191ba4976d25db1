#include "core/library/keyhandoff.h"

#include "core/io/importreport.h"
#include "core/net/secretstore.h"

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
    if (!report.apiKeyEnvVar.isEmpty())
        target.envVar = report.apiKeyEnvVar;
    return target;
}
