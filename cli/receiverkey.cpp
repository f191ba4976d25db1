#include "cli/receiverkey.h"

#include "cli/storeoption.h"
#include "core/common/commonerrors.h"
#include "core/net/secretstore.h"
#include "core/net/targetresolver.h"

namespace {

const QString kLiteral = QStringLiteral("api-key");
const QString kEnv = QStringLiteral("api-key-env");
const QString kTarget = QStringLiteral("api-key-target");

Error usage(const QString &message)
{
    return Error {CommonErrors::Usage, message};
}

Result<QString> fromEnvironment(const QString &name)
{
    const QString key = qEnvironmentVariable(qPrintable(name));
    if (key.isEmpty())
        return usage(QStringLiteral("--api-key-env %1: the variable is not set or empty; "
                                    "export %1 first")
                         .arg(name));
    return key;
}

Result<QString> fromTarget(const QString &name, const QString &storePath, const CliIo &io)
{
    const auto store = StoreOption::open(storePath, io);
    if (!store)
        return usage(QStringLiteral("--api-key-target %1: the store did not open").arg(name));
    const auto target = store->targets().byName(name);
    if (!target)
        return usage(QStringLiteral("--api-key-target %1: %2").arg(name, target.error().message));
    SecretStore secrets;
    const auto resolved = secrets.resolveKey(TargetResolver::fromStored(target.value()));
    if (!resolved || resolved.value().key.isEmpty())
        return usage(QStringLiteral("--api-key-target %1: the target has no key; set one with "
                                    "'targets set-key %1' or its variable")
                         .arg(name));
    io.printError(
        QStringLiteral("API key from target \"%1\" (%2)\n").arg(name, resolved.value().source));
    return resolved.value().key;
}

} // namespace

namespace ReceiverKey {

void addOptions(CommandLine &cli)
{
    cli.addOption({kEnv, QStringLiteral("Require the API key held in this environment variable."),
        QStringLiteral("name")});
    cli.addOption({kTarget,
        QStringLiteral("Require the API key of this stored target (keychain or its variable)."),
        QStringLiteral("name")});
    cli.addOption({kLiteral,
        QStringLiteral("Require this API key (shown in `ps` to every local user: prefer "
                       "--api-key-env)."),
        QStringLiteral("key")});
}

Result<QString> read(const CommandLine &cli, const CliIo &io)
{
    const int sources = int(cli.isSet(kLiteral)) + int(cli.isSet(kEnv)) + int(cli.isSet(kTarget));
    if (sources > 1)
        return usage(QStringLiteral("give one of --api-key-env, --api-key-target and --api-key"));
    if (cli.isSet(kEnv))
        return fromEnvironment(cli.value(kEnv));
    if (cli.isSet(kTarget))
        return fromTarget(cli.value(kTarget), cli.value(QStringLiteral("store")), io);
    if (cli.isSet(kLiteral))
        io.printError(QStringLiteral("warning: --api-key shows the key to every local user "
                                     "(ps, /proc); use --api-key-env NAME or --api-key-target "
                                     "NAME\n"));
    return cli.value(kLiteral);
}

} // namespace ReceiverKey
