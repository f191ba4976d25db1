#include "cli/reportcommand.h"

#include "cli/commandline.h"
#include "cli/storeoption.h"

#include "core/report/reportwriter.h"
#include "core/report/runreport.h"

namespace {

int listRuns(EventStore &store, const CliIo &io)
{
    auto runs = store.runs().recent(20);
    if (!runs) {
        io.printError(QStringLiteral("error: %1\n").arg(runs.error().message));
        return ExitCode::Usage;
    }
    for (const RunRecord &r : runs.value())
        io.print(QStringLiteral("%1  %2  %3  %4 -> %5  %6/%7 done, %8 passed, %9 failed\n")
                     .arg(r.id)
                     .arg(r.startedAt.toUTC().toString(Qt::ISODate), RunStore::stateName(r.state),
                         r.setName, r.targetName)
                     .arg(r.done)
                     .arg(r.total)
                     .arg(r.passed)
                     .arg(r.failed));
    return ExitCode::Ok;
}

Redactor redactorFrom(const CommandLine &cli)
{
    Redactor redactor;
    const QString variable = cli.value(QStringLiteral("api-key-env"));
    if (!variable.isEmpty() && !qEnvironmentVariable(qPrintable(variable)).isEmpty())
        redactor.addSecret(qEnvironmentVariable(qPrintable(variable)));
    return redactor;
}

} // namespace

int ReportCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary() + QStringLiteral(". Secrets are redacted in every format."),
        QStringLiteral("run The id of a stored run (see --list)."));
    cli.addOption({QStringLiteral("format"), QStringLiteral("junit, json, html or csv."),
        QStringLiteral("format")});
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to this file (default: standard output)."), QStringLiteral("file")});
    cli.addOption({QStringLiteral("list"), QStringLiteral("List the recent runs.")});
    cli.addOption({QStringLiteral("api-key-env"),
        QStringLiteral("Also mask the key held by this variable."), QStringLiteral("name")});
    cli.addOption(StoreOption::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    auto store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!store)
        return ExitCode::Usage;
    if (cli.isSet(QStringLiteral("list")))
        return listRuns(*store, io);
    bool ok = false;
    const qint64 runId = cli.positional().value(0).toLongLong(&ok);
    if (!ok || cli.positional().size() != 1)
        return cli.usageError(io, QStringLiteral("give one run id"));
    auto format = ReportWriter::formatFromName(cli.value(QStringLiteral("format")));
    if (!format)
        return cli.usageError(io, format.error().message);
    auto report = RunReport::load(store->runs(), runId, redactorFrom(cli));
    if (!report) {
        io.printError(QStringLiteral("error: %1\n").arg(report.error().message));
        return ExitCode::Usage;
    }
    if (!cli.isSet(QStringLiteral("o"))) {
        io.out->write(ReportWriter::render(report.value(), format.value()));
        return ExitCode::Ok;
    }
    auto written
        = ReportWriter::write(report.value(), format.value(), cli.value(QStringLiteral("o")));
    if (!written) {
        io.printError(QStringLiteral("error: %1\n").arg(written.error().message));
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}
