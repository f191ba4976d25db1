#include "cli/cliapp.h"
#include "core/common/version.h"

#include "cli/command.h"
#include "cli/dedupcommand.h"
#include "cli/eventscommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/replaycommand.h"
#include "cli/reportcommand.h"
#include "cli/schemacommand.h"
#include "cli/sendcommand.h"
#include "cli/servecommand.h"
#include "cli/targetscommand.h"
#include "cli/validatecommand.h"

#include <QFile>

#include <memory>
#include <vector>

#include <unistd.h>

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<DedupCommand>());
    commands.push_back(std::make_unique<SchemaCommand>());
    commands.push_back(std::make_unique<SendCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<TargetsCommand>());
    commands.push_back(std::make_unique<EventsCommand>());
    commands.push_back(std::make_unique<ReplayCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    return commands;
}

} // namespace

QString CliApp::usage()
{
    QString text = QStringLiteral(
        "Usage: eventsmith-cli <command> [options]\n\n"
        "Compose, check and send events for the Octave generic events API.\n\nCommands:\n");
    for (const auto &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -9).arg(command->summary());
    text += QStringLiteral("\nRun 'eventsmith-cli <command> --help' for a command's options.\n"
                           "Exit codes: 0 success, 1 findings with errors (or failed sends), "
                           "2 usage or input error, 3 network or target error.\n");
    return text;
}

int CliApp::run(const QStringList &arguments)
{
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    CliIo io;
    io.out = &out;
    io.err = &err;
    io.errIsTerminal = isatty(STDERR_FILENO) == 1;
    return run(arguments, io);
}

int CliApp::run(const QStringList &arguments, const CliIo &io)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        (first.isEmpty() ? io.err : io.out)->write(usage().toUtf8());
        return first.isEmpty() ? 2 : 0;
    }
    if (first == QLatin1String("--version")) {
        io.print(QStringLiteral("eventsmith-cli %1 (Qt %2)\n")
                     .arg(QStringLiteral(EVENTSMITH_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    for (const auto &command : allCommands())
        if (command->name() == first)
            return command->run(arguments.mid(1), io);
    io.printError(QStringLiteral("eventsmith-cli: unknown command '%1'\n\n%2").arg(first, usage()));
    return 2;
}
