#include "cli/schemaloader.h"

namespace SchemaLoader {

QCommandLineOption option()
{
    return QCommandLineOption(QStringLiteral("schema"),
        QStringLiteral("Use this schema file for the family named in its "
                       "\"x-family\" (repeatable)."),
        QStringLiteral("file"));
}

std::optional<SchemaSet> load(const QStringList &files, const CliIo &io)
{
    Result<SchemaSet> builtIn = SchemaSet::loadBuiltIn();
    if (!builtIn) {
        io.printError(QStringLiteral("error: built-in schemas: %1\n").arg(builtIn.error().message));
        return std::nullopt;
    }
    SchemaSet set = builtIn.takeValue();
    for (const QString &file : files) {
        Result<QString> loaded = set.loadFile(file);
        if (!loaded) {
            io.printError(QStringLiteral("error: %1\n").arg(loaded.error().message));
            return std::nullopt;
        }
    }
    return set;
}

} // namespace SchemaLoader
