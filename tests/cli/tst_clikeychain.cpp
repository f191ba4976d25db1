#include "tests/support/clirunner.h"

#include "core/net/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The keychain success path of `eventsmith-cli import curl`: an api_key found in the command
// moves into the keychain entry of the target, readable back through SecretStore, and never
// reaches the store file. Runs itself again inside a throwaway session bus with an unlocked
// gnome-keyring, so the user's own keyring is never touched.
class TestCliKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importCurlMovesKeyIntoKeychain();

private:
    static bool insideSession()
    {
        return qEnvironmentVariableIntValue("EVENTSMITH_KEYRING_SESSION");
    }
    void runInsideSession(const char *function);
    void checkImport();
};

void TestCliKeychain::initTestCase()
{
    if (insideSession())
        return;
    const bool tools = !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
    if (!tools)
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus "
              "gnome-keyring) for a throwaway keyring; the keychain path is not tested here");
}

void TestCliKeychain::runInsideSession(const char *function)
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess session;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_KEYRING_SESSION"), QStringLiteral("1"));
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"})
        env.insert(QLatin1String(name), home.path());
    env.remove(QStringLiteral("EVENTSMITH_API_KEY"));
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::MergedChannels);
    session.start(QStringLiteral("dbus-run-session"),
        {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo throwaway | gnome-keyring-daemon --unlock --components=secrets "
                           ">/dev/null && exec \"$0\" \"$1\""),
            QCoreApplication::applicationFilePath(), QLatin1String(function)});
    QVERIFY(session.waitForFinished(110000));
    const QByteArray output = session.readAll();
    QVERIFY2(session.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals: 3 passed, 0 failed, 0 skipped"), output.constData());
}

void TestCliKeychain::importCurlMovesKeyIntoKeychain()
{
    if (!insideSession()) {
        runInsideSession("importCurlMovesKeyIntoKeychain");
        return;
    }
    checkImport();
}

void TestCliKeychain::checkImport()
{
    const QByteArray key = "sk_live_docs_example_123";
    SecretStore secrets;
    QVERIFY2(secrets.probe() == SecretStore::Availability::Available,
        qPrintable(secrets.statusMessage()));
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.db"));
    QProcess cli;
    cli.start(CliRunner::binary(),
        {QStringLiteral("import"), QStringLiteral("curl"),
            QStringLiteral(EVENTSMITH_TEST_DATA "/io/docs.curl"), QStringLiteral("--store"), store,
            QStringLiteral("--target"), QStringLiteral("docs-workspace")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("moved to the keychain entry \"docs-workspace\" of target "
                          "\"docs-workspace\""),
        err.constData());
    QVERIFY(!err.contains(key) && !cli.readAllStandardOutput().contains(key));
    const Result<QString> stored = secrets.readSecret(QStringLiteral("docs-workspace"));
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored.value().toUtf8(), key);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(store + suffix);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
    }
    QVERIFY(QFile::exists(store));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
