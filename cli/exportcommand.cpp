#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "cli/storeoption.h"
#include "core/net/targetresolver.h"

#include "core/io/eventwriterfactory.h"
#include "core/io/setfilereader.h"
#include "core/library/eventexporter.h"

#include <QFile>
#include <QFileInfo>

int ExportCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(
        name(), summary(), QStringLiteral("SET A set name in the store, or a set or NDJSON file."));
    cli.addOption(QCommandLineOption(QStringLiteral("format"),
        QStringLiteral("postman, curl, har, ndjson or set."), QStringLiteral("format")));
    cli.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to this file instead of standard output."), QStringLiteral("file")));
    cli.addOption(QCommandLineOption(QStringLiteral("target"),
        QStringLiteral("Where the exported requests go: a URL with {eventType}, a preset or a "
                       "saved target (default: the Octave API)."),
        QStringLiteral("target")));
    cli.addOption(QCommandLineOption(QStringLiteral("port"),
        QStringLiteral("The local receiver's port for the 'local' target (default %1).")
            .arg(TargetResolver::DefaultReceiverPort),
        QStringLiteral("port"), QString::number(TargetResolver::DefaultReceiverPort)));
    cli.addOption(StoreOption::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    if (cli.positional().size() != 1)
        return cli.usageError(io, QStringLiteral("give one set name or file"));
    const auto format = EventWriter::parseFormat(cli.value(QStringLiteral("format")));
    if (!format)
        return cli.usageError(io,
            QStringLiteral("--format must be one of: %1")
                .arg(EventWriter::formatNames().join(QStringLiteral(", "))));
    const QString set = cli.positional().first();
    const bool isFile = QFileInfo(set).isFile();
    std::unique_ptr<EventStore> store;
    const QString targetText = cli.value(QStringLiteral("target"));
    if (!isFile || (!targetText.isEmpty() && !targetText.contains(QLatin1String("://")))) {
        store = StoreOption::open(cli.value(QStringLiteral("store")), io);
        if (!store)
            return ExitCode::Usage;
    }
    EventWriter::Options options;
    options.setName
        = isFile ? QFileInfo(set).completeBaseName().remove(QLatin1String(".events")) : set;
    const auto port = cli.integer(
        QStringLiteral("port"), cli.value(QStringLiteral("port")).toLongLong(), 1, 65535);
    if (!port)
        return cli.usageError(io, port.error().message);
    options.receiverPort = static_cast<quint16>(port.value());
    if (targetText == QLatin1String("local")) {
        options.target = TargetConfig::localReceiver(); // {port} comes from --port
    } else if (!targetText.isEmpty()) {
        auto target = TargetResolver::resolve(targetText, store.get());
        if (!target)
            return cli.usageError(io, target.error().message);
        options.target = target.takeValue();
    }
    auto writer = EventWriterFactory::create(*format, options);
    const QString output = cli.value(QStringLiteral("output"));
    QFile file(output);
    if (!output.isEmpty() && !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        io.printError(
            QStringLiteral("error: %1: cannot write: %2\n").arg(output, file.errorString()));
        return ExitCode::Usage;
    }
    QIODevice *device = output.isEmpty() ? io.out : static_cast<QIODevice *>(&file);
    writer->begin(device);
    const int code = isFile ? exportFile(set, *writer, io) : exportStored(set, *store, *writer, io);
    writer->finish();
    return code;
}

int ExportCommand::exportFile(const QString &path, EventWriter &writer, const CliIo &io)
{
    qint64 bad = 0;
    qint64 written = 0;
    auto read = SetFileReader::read(path, [&](const PortableEvent &event, const InputEvent &input) {
        if (!input.parsed) {
            ++bad;
            io.printError(
                QStringLiteral("%1: not exported: %2\n").arg(input.source, input.error.message));
            return;
        }
        writer.write(event);
        ++written;
    });
    if (!read) {
        io.printError(QStringLiteral("error: %1\n").arg(read.error().message));
        return ExitCode::Usage;
    }
    io.printError(QStringLiteral("exported %1 events\n").arg(written));
    return bad > 0 ? ExitCode::Usage : ExitCode::Ok;
}

int ExportCommand::exportStored(
    const QString &setName, EventStore &store, EventWriter &writer, const CliIo &io)
{
    const auto set = store.sets().byName(setName);
    if (!set) {
        io.printError(QStringLiteral("error: no set named \"%1\" in the store, and no such file\n")
                          .arg(setName));
        return ExitCode::Usage;
    }
    const auto written = EventExporter(store).writeSet(set.value().id, writer);
    if (!written) {
        io.printError(QStringLiteral("error: %1\n").arg(written.error().message));
        return ExitCode::Usage;
    }
    io.printError(
        QStringLiteral("exported %1 events from set \"%2\"\n").arg(written.value()).arg(setName));
    return ExitCode::Ok;
}
