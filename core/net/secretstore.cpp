#include "core/net/secretstore.h"

#include "core/net/neterrors.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace {

const QString kProbeEntry = QStringLiteral("eventsmith-probe");

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

bool SecretStore::hasSessionBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty()
        && QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
#else
    return true;
#endif
}

void SecretStore::decide(Availability availability, Reason reason, const QString &message)
{
    const bool announce
        = availability == Availability::Unavailable && m_availability != Availability::Unavailable;
    m_availability = availability;
    m_reason = reason;
    m_statusMessage = message;
    if (announce)
        emit statusMessageChanged(message);
}

SecretStore::Availability SecretStore::probe()
{
    if (m_availability != Availability::Unknown)
        return m_availability;
    const QString fallback = QStringLiteral("; API keys come from environment variables");
    if (!hasSessionBus()) {
        decide(Availability::Unavailable, Reason::NoSessionBus,
            QStringLiteral("Keychain unavailable (no D-Bus session)") + fallback);
        return m_availability;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kProbeEntry);
    const Outcome outcome = run(job, m_probeTimeoutMs);
    if (!outcome.finished) {
        decide(Availability::Unavailable, Reason::TimedOut,
            QStringLiteral("Keychain unavailable (no answer within %1 ms)").arg(m_probeTimeoutMs)
                + fallback);
    } else if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound) {
        decide(Availability::Available, Reason::None, QStringLiteral("Keychain available"));
    } else {
        decide(Availability::Unavailable, Reason::NoBackend,
            QStringLiteral("Keychain unavailable (%1)").arg(outcome.errorString) + fallback);
    }
    return m_availability;
}

SecretStore::Outcome SecretStore::run(QKeychain::Job *job, int timeoutMs)
{
    // The job may outlive this call when it times out; it then deletes itself when it ends.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    timer.start(timeoutMs);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *outcome;
}

Result<SecretStore::Outcome> SecretStore::call(QKeychain::Job *job)
{
    if (probe() != Availability::Available) {
        delete job;
        return Error {NetErrors::SecretsUnavailable, m_statusMessage};
    }
    const Outcome outcome = run(job, m_callTimeoutMs);
    if (!outcome.finished) {
        // Stop asking: every later call would hang just as long.
        decide(Availability::Unavailable, Reason::TimedOut,
            QStringLiteral("Keychain stopped answering; API keys come from environment "
                           "variables"));
        return Error {NetErrors::SecretsTimeout, m_statusMessage};
    }
    if (outcome.error == QKeychain::EntryNotFound)
        return Error {NetErrors::SecretsNotFound, outcome.errorString};
    if (outcome.error != QKeychain::NoError) {
        const QString detail = outcome.errorString.isEmpty()
            ? QStringLiteral("the keychain refused (error %1)").arg(outcome.error)
            : outcome.errorString;
        return Error {NetErrors::SecretsFailed, detail};
    }
    return outcome;
}

Result<QString> SecretStore::readSecret(const QString &entry)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entry);
    Result<Outcome> outcome = call(job);
    if (!outcome)
        return outcome.error();
    return outcome.value().text;
}

Result<> SecretStore::writeSecret(const QString &entry, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entry);
    job->setTextData(secret);
    Result<Outcome> outcome = call(job);
    if (!outcome)
        return outcome.error();
    return {};
}

Result<> SecretStore::deleteSecret(const QString &entry)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entry);
    Result<Outcome> outcome = call(job);
    if (!outcome)
        return outcome.error();
    return {};
}

Result<SecretStore::ResolvedKey> SecretStore::resolveKey(const TargetConfig &target)
{
    QString keychainNote;
    if (target.keySource == TargetConfig::KeySource::Keychain) {
        const QString entry = target.effectiveKeychainEntry();
        Result<QString> stored = readSecret(entry);
        if (stored && !stored.value().isEmpty())
            return ResolvedKey {stored.value(), QStringLiteral("keychain:") + entry};
        keychainNote = stored ? QStringLiteral("keychain entry '%1' is empty").arg(entry)
                              : stored.error().message;
        keychainNote += QStringLiteral("; ");
    }
    const QString name = target.envVar.isEmpty() ? QString::fromLatin1(TargetConfig::DefaultEnvVar)
                                                 : target.envVar;
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
    if (!value.isEmpty())
        return ResolvedKey {value, QStringLiteral("env:") + name};
    return Error {NetErrors::SecretsNoKey,
        tr("No API key for target '%1': %2environment variable %3 is "
           "not set")
            .arg(target.name, keychainNote, name)};
}
