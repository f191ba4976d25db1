#pragma once

#include "core/common/result.h"
#include "core/net/targetconfig.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// API keys in the OS keychain (QtKeychain), one entry per target, with the environment variable
// as the only fallback: never a plaintext file, never the database. A keychain that does not
// answer is judged once, quickly (the first probe is time-boxed), and the verdict is kept, because
// with a session bus but no keyring daemon every call would hang for ~25 s.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Unknown, Available, Unavailable };
    enum class Reason { None, NoSessionBus, NoBackend, TimedOut };
    struct ResolvedKey
    {
        QString key;
        QString source; // "keychain:<entry>" or "env:<NAME>", safe to show
    };

    explicit SecretStore(
        const QString &service = QStringLiteral("eventsmith"), QObject *parent = nullptr);

    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }
    void setCallTimeoutMs(int ms) { m_callTimeoutMs = ms; }

    // The first call asks the keychain (at most the probe timeout); later calls reuse the verdict.
    Availability probe();
    Availability availability() const { return m_availability; }
    Reason reason() const { return m_reason; }
    QString statusMessage() const { return m_statusMessage; }

    Result<QString> readSecret(const QString &entry);
    Result<> writeSecret(const QString &entry, const QString &secret);
    Result<> deleteSecret(const QString &entry);

    // The target's key: from the keychain when it is the source and answers, else from the
    // environment variable the target names.
    Result<ResolvedKey> resolveKey(const TargetConfig &target);

signals:
    // Emitted once, when the keychain is found unavailable; the text is for a status bar or stderr.
    void statusMessageChanged(const QString &message);

private:
    struct Outcome
    {
        bool finished = false;
        int error = 0;
        QString errorString;
        QString text;
    };

    Outcome run(QKeychain::Job *job, int timeoutMs);
    Result<Outcome> call(QKeychain::Job *job);
    void decide(Availability availability, Reason reason, const QString &message);
    static bool hasSessionBus();

    QString m_service;
    int m_probeTimeoutMs = 2000;
    int m_callTimeoutMs = 30000; // a keychain that answers may still ask the user to unlock it
    Availability m_availability = Availability::Unknown;
    Reason m_reason = Reason::None;
    QString m_statusMessage;
};
