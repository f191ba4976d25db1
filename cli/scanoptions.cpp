#include "cli/scanoptions.h"

#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/schemaloader.h"

void ScanOptions::add(CommandLine &cli)
{
    cli.addOption(QCommandLineOption(QStringLiteral("family"),
        QStringLiteral("Family of bare payloads: emails, calls, crm "
                       "or social (detected when omitted)."),
        QStringLiteral("family")));
    cli.addOption(SchemaLoader::option());
    cli.addOption(QCommandLineOption(QStringLiteral("format"),
        QStringLiteral("Output: text (default) or json."), QStringLiteral("format"),
        QStringLiteral("text")));
    TemplateOptions::add(cli);
}

int ScanOptions::read(CommandLine &cli, const QStringList &arguments, const CliIo &io)
{
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    const QString format = cli.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(io, QStringLiteral("--format must be text or json"));
    asJson = format == QLatin1String("json");
    if (cli.positional().isEmpty())
        return cli.usageError(io, QStringLiteral("give at least one input file (or -)"));
    schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    if (const int code = templates.read(cli, io); code >= 0)
        return code;
    family = cli.value(QStringLiteral("family"));
    if (!family.isEmpty() && !schemas->hasFamily(family))
        return cli.usageError(io,
            QStringLiteral("unknown family \"%1\"; use one of: %2")
                .arg(family, schemas->families().join(QStringLiteral(", "))));
    return -1;
}
