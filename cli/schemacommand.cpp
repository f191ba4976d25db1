#include "cli/schemacommand.h"

#include "cli/commandline.h"
#include "cli/schemaloader.h"

#include "core/schema/schemaexporter.h"

#include <QFile>

namespace {

QString summaryText(const CompiledSchema &schema)
{
    QString text = QStringLiteral("%1: %2\n").arg(schema.family(), schema.title());
    text += QStringLiteral("  sub-types: %1\n").arg(schema.subTypes().join(QStringLiteral(", ")));
    text += QStringLiteral("  processed for analytics: %1\n")
                .arg(schema.processedSubTypes().join(QStringLiteral(", ")));
    const QStringList required = schema.requiredFields();
    for (const QString &name : schema.fieldNames()) {
        const SchemaNode *node = schema.field(name);
        text += QStringLiteral("  %1%2  %3\n")
                    .arg(name, required.contains(name) ? QStringLiteral(" (required)") : QString(),
                        node ? node->description : QString());
        if (node && !node->assumption.isEmpty())
            text += QStringLiteral("      assumption: %1\n").arg(node->assumption);
    }
    text += QStringLiteral("  source: %1\n").arg(schema.source());
    return text;
}

} // namespace

int SchemaCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(), QString());
    cli.addOption(QCommandLineOption(QStringLiteral("family"),
        QStringLiteral("The family (needed for json-schema and "
                       "summary; all families when omitted)."),
        QStringLiteral("family")));
    cli.addOption(QCommandLineOption(QStringLiteral("format"),
        QStringLiteral("json-schema, openapi or summary (default)."), QStringLiteral("format"),
        QStringLiteral("summary")));
    cli.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to this file instead of standard "
                       "output."),
        QStringLiteral("file")));
    cli.addOption(SchemaLoader::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    const QString format = cli.value(QStringLiteral("format"));
    const QString family = cli.value(QStringLiteral("family"));
    if (!family.isEmpty() && !schemas->hasFamily(family))
        return cli.usageError(io,
            QStringLiteral("unknown family \"%1\"; use one of: %2")
                .arg(family, schemas->families().join(QStringLiteral(", "))));
    QByteArray output;
    if (format == QLatin1String("json-schema")) {
        if (family.isEmpty())
            return cli.usageError(io, QStringLiteral("json-schema needs --family"));
        output = SchemaExporter::jsonSchema(*schemas, family);
    } else if (format == QLatin1String("openapi")) {
        output = SchemaExporter::openApi(*schemas);
    } else if (format == QLatin1String("summary")) {
        const QStringList families = family.isEmpty() ? schemas->families() : QStringList {family};
        for (const QString &f : families)
            output += summaryText(*schemas->schema(f)).toUtf8();
    } else {
        return cli.usageError(io,
            QStringLiteral("--format must be json-schema, openapi or "
                           "summary"));
    }
    const QString path = cli.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        io.out->write(output);
        return ExitCode::Ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(output) < 0) {
        io.printError(
            QStringLiteral("error: %1: cannot write: %2\n").arg(path, file.errorString()));
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}
