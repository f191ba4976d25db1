#include "cli/targetscommand.h"

#include "cli/commandline.h"
#include "cli/storeoption.h"
#include "cli/templateoptions.h"
#include "core/net/targetresolver.h"

#include "core/net/secretstore.h"

#include <QFile>

#include <cstdio>

int TargetsCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
        QStringLiteral("action list | add NAME | remove NAME | set-key NAME (reads "
                       "the key from standard input)"));
    cli.addOption(QCommandLineOption(QStringLiteral("url"),
        QStringLiteral("URL template with {eventType} (add)."), QStringLiteral("template")));
    cli.addOption(QCommandLineOption(QStringLiteral("preset"),
        QStringLiteral("Start from a preset: current, older, local."), QStringLiteral("name")));
    cli.addOption(
        QCommandLineOption(QStringLiteral("auth"), QStringLiteral("header (default) or query."),
            QStringLiteral("mode"), QStringLiteral("header")));
    cli.addOption(QCommandLineOption(QStringLiteral("key-env"),
        QStringLiteral("Take the key from this environment variable "
                       "(default EVENTSMITH_API_KEY)."),
        QStringLiteral("name")));
    cli.addOption(QCommandLineOption(QStringLiteral("keychain"),
        QStringLiteral("Take the key from the OS keychain (set it "
                       "with set-key).")));
    cli.addOption(QCommandLineOption(QStringLiteral("timeout"),
        QStringLiteral("Transfer timeout in ms (default 30000)."), QStringLiteral("ms")));
    cli.addOption(TemplateOptions::allowEnvOption());
    cli.addOption(QCommandLineOption(QStringLiteral("header"),
        QStringLiteral("A header sent with every request, \"Name: value\" (add; repeatable)."),
        QStringLiteral("header")));
    cli.addOption(StoreOption::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    const QStringList words = cli.positional();
    const QString action = words.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && words.size() != 2)
        return cli.usageError(io, QStringLiteral("'%1' needs a target name").arg(action));
    auto store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!store)
        return ExitCode::Usage;
    if (action == QLatin1String("list"))
        return list(*store, io);
    if (action == QLatin1String("add"))
        return add(*store, cli, io);
    if (action == QLatin1String("remove"))
        return remove(*store, words.at(1), io);
    if (action == QLatin1String("set-key"))
        return setKey(*store, words.at(1), io);
    return cli.usageError(io, QStringLiteral("unknown action '%1'").arg(action));
}

// " headers=X-Team,X-Trace": the names only; values may be long.
static QString headerSummary(const Target &target)
{
    QStringList names;
    for (const auto &header : TargetResolver::fromStored(target).extraHeaders)
        names << QString::fromLatin1(header.first);
    return names.isEmpty() ? QString() : QStringLiteral(" headers=") + names.join(QLatin1Char(','));
}

int TargetsCommand::list(EventStore &store, const CliIo &io)
{
    const auto targets = store.targets().list();
    if (!targets) {
        io.printError(QStringLiteral("error: %1\n").arg(targets.error().message));
        return ExitCode::Usage;
    }
    QString text;
    for (const TargetConfig &preset : TargetConfig::presets())
        text += QStringLiteral("%1  %2  (preset)\n").arg(preset.name, -22).arg(preset.urlTemplate);
    for (const Target &t : targets.value())
        text += QStringLiteral("%1  %2  auth=%3 key=%4:%5%6")
                    .arg(t.name, -22)
                    .arg(t.urlTemplate, TargetStore::authModeName(t.authMode),
                        TargetStore::keySourceName(t.keySource), t.keyName,
                        t.templateEnvironment.isEmpty() ? QString()
                                                        : QStringLiteral(" env=")
                                + t.templateEnvironment.join(QLatin1Char(',')))
            + headerSummary(t) + QLatin1Char('\n');
    io.print(text);
    return ExitCode::Ok;
}

int TargetsCommand::add(EventStore &store, const CommandLine &cli, const CliIo &io)
{
    TargetConfig config;
    const QString preset = cli.value(QStringLiteral("preset"));
    if (preset == QLatin1String("current"))
        config = TargetConfig::octaveCurrent();
    else if (preset == QLatin1String("older"))
        config = TargetConfig::octaveOlderPath();
    else if (preset == QLatin1String("local"))
        config = TargetConfig::localReceiver();
    else if (!preset.isEmpty())
        return cli.usageError(io, QStringLiteral("--preset must be current, older or local"));
    config.name = cli.positional().at(1);
    if (cli.isSet(QStringLiteral("url")))
        config.urlTemplate = cli.value(QStringLiteral("url"));
    config.urlTemplate.replace(QLatin1String(TargetConfig::PortPlaceholder),
        QString::number(TargetResolver::DefaultReceiverPort));
    if (config.urlTemplate.isEmpty())
        return cli.usageError(io, QStringLiteral("give --url or --preset"));
    config.authMode = cli.value(QStringLiteral("auth")) == QLatin1String("query")
        ? TargetConfig::AuthMode::Query
        : TargetConfig::AuthMode::Header;
    config.keySource = cli.isSet(QStringLiteral("keychain")) ? TargetConfig::KeySource::Keychain
                                                             : TargetConfig::KeySource::Environment;
    if (cli.isSet(QStringLiteral("key-env")))
        config.envVar = cli.value(QStringLiteral("key-env"));
    const auto timeout
        = cli.integer(QStringLiteral("timeout"), config.transferTimeoutMs, 1, 3600000);
    if (!timeout)
        return cli.usageError(io, timeout.error().message);
    config.transferTimeoutMs = int(timeout.value());
    config.templateEnvironment = TemplateOptions::allowedEnvironment(cli);
    const auto headers = cli.headers(QStringLiteral("header"));
    if (!headers)
        return cli.usageError(io, headers.error().message);
    config.extraHeaders = headers.value();
    if (auto url = config.expandUrl(QStringLiteral("emails"), TargetResolver::DefaultReceiverPort);
        !url)
        return cli.usageError(io, url.error().message);
    const auto added = store.targets().add(TargetResolver::toStored(config));
    if (!added) {
        io.printError(QStringLiteral("error: %1\n").arg(added.error().message));
        return ExitCode::Usage;
    }
    io.print(QStringLiteral("added target \"%1\"\n").arg(config.name));
    return ExitCode::Ok;
}

int TargetsCommand::remove(EventStore &store, const QString &name, const CliIo &io)
{
    const auto removed = store.targets().remove(name);
    if (!removed) {
        io.printError(QStringLiteral("error: %1\n").arg(removed.error().message));
        return ExitCode::Usage;
    }
    io.print(QStringLiteral("removed target \"%1\"\n").arg(name));
    return ExitCode::Ok;
}

int TargetsCommand::setKey(EventStore &store, const QString &name, const CliIo &io)
{
    const auto target = store.targets().byName(name);
    if (!target) {
        io.printError(QStringLiteral("error: %1\n").arg(target.error().message));
        return ExitCode::Usage;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QString key = QString::fromUtf8(in.readLine()).trimmed();
    if (key.isEmpty()) {
        io.printError(QStringLiteral("error: no key on standard input\n"));
        return ExitCode::Usage;
    }
    SecretStore secrets;
    const TargetConfig config = TargetResolver::fromStored(target.value());
    const auto written = secrets.writeSecret(config.effectiveKeychainEntry(), key);
    if (!written) {
        io.printError(QStringLiteral("error: the keychain did not take the key: %1\n"
                                     "Use an environment variable instead: 'targets add %2 "
                                     "--key-env NAME' and export NAME.\n")
                          .arg(written.error().message, name));
        return ExitCode::Usage;
    }
    io.print(QStringLiteral("stored the key of \"%1\" in the keychain\n").arg(name));
    return ExitCode::Ok;
}
