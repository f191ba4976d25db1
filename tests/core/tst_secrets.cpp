#include "core/net/secretstore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *const kEnvVar = "EVENTSMITH_TST_SECRETS_KEY";

// Sets or clears environment variables for one scope, then puts them back.
class EnvScope final
{
public:
    void set(const char *name, const QByteArray &value)
    {
        remember(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        remember(name);
        qunsetenv(name);
    }
    ~EnvScope()
    {
        for (const auto &saved : m_saved) {
            if (saved.second.isNull())
                qunsetenv(saved.first.constData());
            else
                qputenv(saved.first.constData(), saved.second);
        }
    }

private:
    void remember(const char *name)
    {
        m_saved.append(
            {QByteArray(name), qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray()});
    }
    QList<QPair<QByteArray, QByteArray>> m_saved;
};

TargetConfig keychainTarget(const QString &entry)
{
    TargetConfig target = TargetConfig::octaveCurrent();
    target.keySource = TargetConfig::KeySource::Keychain;
    target.keychainEntry = entry;
    target.envVar = QString::fromLatin1(kEnvVar);
    return target;
}

} // namespace

// API keys: keychain when one answers, the target's environment variable otherwise, never a file.
class TestSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void noSessionBusIsJudgedAtOnce()
    {
        EnvScope env;
        env.unset("DBUS_SESSION_BUS_ADDRESS");
        env.unset("XDG_RUNTIME_DIR");
        SecretStore store(QStringLiteral("eventsmith-test"));
        QSignalSpy spy(&store, &SecretStore::statusMessageChanged);
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
        QCOMPARE(store.probe(), SecretStore::Availability::Unavailable);
        // Decided from the environment, not by waiting for a timeout.
        QCOMPARE(store.reason(), SecretStore::Reason::NoSessionBus);
        QVERIFY(store.statusMessage().contains(QStringLiteral("D-Bus")));
        QCOMPARE(spy.count(), 1);

        // Said once: later calls reuse the verdict quietly.
        QCOMPARE(store.probe(), SecretStore::Availability::Unavailable);
        Result<QString> read = store.readSecret(QStringLiteral("any"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("secrets-unavailable"));
        QCOMPARE(spy.count(), 1);
    }

    void environmentFallback()
    {
        EnvScope env;
        env.unset("DBUS_SESSION_BUS_ADDRESS");
        env.unset("XDG_RUNTIME_DIR");
        env.set(kEnvVar, "sk_from_env");
        SecretStore store(QStringLiteral("eventsmith-test"));
        Result<SecretStore::ResolvedKey> key
            = store.resolveKey(keychainTarget(QStringLiteral("t1")));
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key.value().key, QStringLiteral("sk_from_env"));
        QCOMPARE(key.value().source, QStringLiteral("env:") + QLatin1String(kEnvVar));
    }

    void environmentSourceSkipsTheKeychain()
    {
        EnvScope env;
        env.set(kEnvVar, "sk_env_only");
        SecretStore store(QStringLiteral("eventsmith-test"));
        TargetConfig target = keychainTarget(QStringLiteral("t1"));
        target.keySource = TargetConfig::KeySource::Environment;
        Result<SecretStore::ResolvedKey> key = store.resolveKey(target);
        QVERIFY(key.ok());
        QCOMPARE(key.value().key, QStringLiteral("sk_env_only"));
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown); // never asked
    }

    void defaultEnvironmentVariable()
    {
        EnvScope env;
        env.set(TargetConfig::DefaultEnvVar, "sk_default");
        TargetConfig target = TargetConfig::octaveCurrent();
        QCOMPARE(target.envVar, QStringLiteral("EVENTSMITH_API_KEY"));
        SecretStore store;
        Result<SecretStore::ResolvedKey> key = store.resolveKey(target);
        QVERIFY(key.ok());
        QCOMPARE(key.value().key, QStringLiteral("sk_default"));
    }

    void missingKeyIsAnError()
    {
        EnvScope env;
        env.unset("DBUS_SESSION_BUS_ADDRESS");
        env.unset("XDG_RUNTIME_DIR");
        env.unset(kEnvVar);
        SecretStore store(QStringLiteral("eventsmith-test"));
        Result<SecretStore::ResolvedKey> key
            = store.resolveKey(keychainTarget(QStringLiteral("t1")));
        QVERIFY(!key);
        QCOMPARE(key.error().code, QStringLiteral("secrets-no-key"));
        QVERIFY(key.error().message.contains(QLatin1String(kEnvVar)));
        QVERIFY(key.error().message.contains(QStringLiteral("D-Bus")));
    }

    void noPlaintextFallback()
    {
        QTemporaryDir home;
        EnvScope env;
        env.unset("DBUS_SESSION_BUS_ADDRESS");
        env.unset("XDG_RUNTIME_DIR");
        env.set("HOME", home.path().toLocal8Bit());
        env.set("XDG_CONFIG_HOME", home.path().toLocal8Bit());
        env.set("XDG_DATA_HOME", home.path().toLocal8Bit());
        SecretStore store(QStringLiteral("eventsmith-test"));
        Result<> written = store.writeSecret(QStringLiteral("t1"), QStringLiteral("sk_x"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("secrets-unavailable"));
        QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void keychainRoundTrip()
    {
        if (qEnvironmentVariableIntValue("EVENTSMITH_KEYRING_TEST") != 1)
            QSKIP("needs a throwaway keyring (the tst_secrets_keyring CTest entry)");
        SecretStore store(QStringLiteral("eventsmith-test"));
        if (store.probe() != SecretStore::Availability::Available)
            QSKIP(qPrintable(store.statusMessage()));
        const QString entry = QStringLiteral("Local receiver");
        Result<> written = store.writeSecret(entry, QStringLiteral("sk_in_keyring"));
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        Result<QString> read = store.readSecret(entry);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), QStringLiteral("sk_in_keyring"));

        EnvScope env;
        env.set(kEnvVar, "sk_from_env");
        Result<SecretStore::ResolvedKey> key = store.resolveKey(keychainTarget(entry));
        QVERIFY(key.ok());
        QCOMPARE(key.value().key, QStringLiteral("sk_in_keyring"));
        QCOMPARE(key.value().source, QStringLiteral("keychain:") + entry);

        QVERIFY(store.deleteSecret(entry).ok());
        read = store.readSecret(entry);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("secrets-not-found"));
        key = store.resolveKey(keychainTarget(entry)); // gone from the keychain: env var
        QVERIFY(key.ok());
        QCOMPARE(key.value().key, QStringLiteral("sk_from_env"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
