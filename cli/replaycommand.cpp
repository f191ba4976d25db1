#include "cli/replaycommand.h"

#include "cli/commandline.h"
#include "cli/schemaloader.h"
#include "cli/signalwatcher.h"
#include "cli/storeoption.h"
#include "cli/templateoptions.h"
#include "core/common/commonerrors.h"
#include "core/net/targetresolver.h"

#include "core/net/secretstore.h"
#include "core/replay/replayengine.h"
#include "core/replay/replaysession.h"
#include "core/replay/replaysetreader.h"
#include "core/replay/rundiff.h"
#include "core/report/reportwriter.h"
#include "core/report/runreport.h"
#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <climits>
#include <memory>

namespace {

constexpr qint64 PlainProgressEveryMs = 5000;

void addOptions(CommandLine &cli)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("target"), QStringLiteral("A URL, a saved target's name, or 'local'."),
            QStringLiteral("target")},
        {QStringLiteral("concurrency"),
            QStringLiteral("Events in progress at once (default 4; "
                           "1 keeps strict order)."),
            QStringLiteral("n")},
        {QStringLiteral("rate"), QStringLiteral("At most this many requests per second."),
            QStringLiteral("r")},
        {QStringLiteral("retries"),
            QStringLiteral("Retries per event on 429, 5xx and "
                           "connection errors (default 4)."),
            QStringLiteral("n")},
        {QStringLiteral("stop-on-failure"), QStringLiteral("Stop at the first failed event.")},
        {QStringLiteral("max-failures"), QStringLiteral("Stop once N events failed."),
            QStringLiteral("n")},
        {QStringLiteral("rebase-timestamps"),
            QStringLiteral("Move timestamps so the first event is now (gaps kept).")},
        {QStringLiteral("fresh-ids"),
            QStringLiteral("Give every event a run-specific eventId so "
                           "the server does not deduplicate a re-run.")},
        {QStringLiteral("dry-run"), QStringLiteral("Validate and plan only; send nothing.")},
        {QStringLiteral("send-invalid"),
            QStringLiteral("Send events with error findings too "
                           "(skipped by default).")},
        {QStringLiteral("junit"), QStringLiteral("Write a JUnit XML report."),
            QStringLiteral("file")},
        {QStringLiteral("report"), QStringLiteral("Write a JSON report."), QStringLiteral("file")},
        {QStringLiteral("html"), QStringLiteral("Write an HTML report."), QStringLiteral("file")},
        {QStringLiteral("resume"), QStringLiteral("Continue an interrupted run of the same set."),
            QStringLiteral("run")},
        {QStringLiteral("diff"), QStringLiteral("Compare two stored runs: --diff A B (no input)."),
            QStringLiteral("run")},
        {QStringLiteral("api-key-env"), QStringLiteral("Read the API key from this variable."),
            QStringLiteral("name")},
        TemplateOptions::allowEnvOption(),
    };
    for (const QCommandLineOption &option : options)
        cli.addOption(option);
    cli.addOption(StoreOption::option());
    cli.addOption(SchemaLoader::option());
}

Result<ReplayOptions> readOptions(const CommandLine &cli)
{
    ReplayOptions o;
    const auto concurrency = cli.integer(QStringLiteral("concurrency"), 4, 1, 1024);
    const auto retries = cli.integer(QStringLiteral("retries"), 4, 0, 1000);
    const auto maxFailures = cli.integer(QStringLiteral("max-failures"), 1, 1, INT_MAX);
    const auto rate = cli.number(QStringLiteral("rate"), 0, 0, 1e9);
    for (const Error &error :
        {concurrency.error(), retries.error(), maxFailures.error(), rate.error()})
        if (!error.code.isEmpty())
            return error;
    o.concurrency = int(concurrency.value());
    o.retry.maxAttempts = int(retries.value()) + 1;
    o.maxFailures = int(maxFailures.value());
    if (cli.isSet(QStringLiteral("max-failures")))
        o.stopRule = ReplayOptions::StopRule::AfterFailures;
    o.ratePerSecond = rate.value();
    if (o.ratePerSecond > 0 && o.ratePerSecond < 0.01)
        return Error {CommonErrors::Usage,
            QStringLiteral("--rate is 0 (no limit) or at least 0.01 requests per second")};
    if (cli.isSet(QStringLiteral("stop-on-failure"))) {
        if (cli.isSet(QStringLiteral("max-failures")))
            return Error {CommonErrors::Usage,
                QStringLiteral("use --stop-on-failure or --max-failures, not both")};
        o.stopRule = ReplayOptions::StopRule::FirstFailure;
    }
    o.rateBurst = qMax(1, int(o.ratePerSecond / 10));
    if (cli.isSet(QStringLiteral("rebase-timestamps")))
        o.timestamps = ReplayOptions::TimestampPolicy::Rebase;
    if (cli.isSet(QStringLiteral("fresh-ids")))
        o.eventIds = ReplayOptions::EventIdPolicy::Fresh;
    if (cli.isSet(QStringLiteral("send-invalid")))
        o.invalid = ReplayOptions::InvalidPolicy::Send;
    o.dryRun = cli.isSet(QStringLiteral("dry-run"));
    o.templateEnvironment = TemplateOptions::allowedEnvironment(cli);
    o.retrySeed = quint64(QDateTime::currentMSecsSinceEpoch());
    return o;
}

int runDiff(const CommandLine &cli, const CliIo &io)
{
    const QStringList rest = cli.positional();
    bool okA = false, okB = false;
    const qint64 a = cli.value(QStringLiteral("diff")).toLongLong(&okA);
    const qint64 b = rest.value(0).toLongLong(&okB);
    if (!okA || !okB || rest.size() != 1)
        return cli.usageError(io, QStringLiteral("--diff takes two run ids: --diff A B"));
    auto store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!store)
        return ExitCode::Usage;
    auto changes = RunDiff::compare(store->runs(), a, b);
    if (!changes) {
        io.printError(QStringLiteral("error: %1\n").arg(changes.error().message));
        return ExitCode::Usage;
    }
    int broken = 0;
    for (const RunDiff::Change &c : changes.value()) {
        broken += c.kind == RunDiff::Kind::Broken;
        // Numbered from 1 like the GUI and the reports; what changed follows the kind.
        const QString what = c.changed.isEmpty()
            ? RunDiff::kindName(c.kind)
            : QStringLiteral("%1 (%2)").arg(
                RunDiff::kindName(c.kind), RunDiff::fieldNames(c.changed));
        io.print(QStringLiteral("#%1 %2: %3: %4 -> %5\n")
                     .arg(c.position + 1)
                     .arg(c.name, what, c.before.isEmpty() ? QStringLiteral("-") : c.before,
                         c.after.isEmpty() ? QStringLiteral("-") : c.after));
    }
    io.print(QStringLiteral("%1 event(s) changed between runs %2 and %3, %4 broke\n")
                 .arg(changes.value().size())
                 .arg(a)
                 .arg(b)
                 .arg(broken));
    return broken > 0 ? ExitCode::Findings : ExitCode::Ok;
}

QString progressText(const ReplayProgress &p)
{
    const QString eta
        = p.etaMs < 0 ? QStringLiteral("?") : QStringLiteral("%1 s").arg((p.etaMs + 999) / 1000);
    return QStringLiteral("%1/%2 events  %3 ev/s  ETA %4  %5 failed  %6 in flight  p50 %7 ms")
        .arg(p.done)
        .arg(p.total)
        .arg(qRound64(p.eventsPerSecond))
        .arg(eta)
        .arg(p.failed)
        .arg(p.inFlight)
        .arg(p.latencyP50Ms);
}

// Shows progress: a bar redrawn in place on a terminal, a plain line every few seconds otherwise.
void showProgress(const CliIo &io, const ReplayProgress &p, QElapsedTimer &lastLine)
{
    if (io.errIsTerminal) {
        const int width = 24;
        const int filled = p.total > 0 ? int(width * p.done / p.total) : 0;
        io.printError(QStringLiteral("\r\033[K[%1%2] %3")
                          .arg(QString(filled, QLatin1Char('#')),
                              QString(width - filled, QLatin1Char('.')), progressText(p)));
    } else if (lastLine.elapsed() >= PlainProgressEveryMs) {
        lastLine.restart();
        io.printError(progressText(p) + QLatin1Char('\n'));
    }
}

int writeReports(const CommandLine &cli, const CliIo &io, EventStore &store, qint64 runId,
    const Redactor &redactor)
{
    const QList<QPair<QString, ReportWriter::Format>> wanted
        = {{QStringLiteral("junit"), ReportWriter::Format::JUnit},
            {QStringLiteral("report"), ReportWriter::Format::Json},
            {QStringLiteral("html"), ReportWriter::Format::Html}};
    auto report = RunReport::load(store.runs(), runId, redactor);
    for (const auto &[option, format] : wanted) {
        if (!cli.isSet(option))
            continue;
        auto written = report ? ReportWriter::write(report.value(), format, cli.value(option))
                              : Result<>(report.error());
        if (!written) {
            io.printError(QStringLiteral("error: %1\n").arg(written.error().message));
            return ExitCode::Usage;
        }
    }
    return ExitCode::Ok;
}

} // namespace

namespace {

// What a replay needs once the command line is understood.
struct Plan
{
    QVector<ReplayEvent> events;
    ReplayOptions options;
    TargetConfig target;
    QString apiKey;
    qint64 resumeRun = 0;
};

Result<TargetConfig> targetFrom(const CommandLine &cli, EventStore *store)
{
    if (!cli.isSet(QStringLiteral("target")))
        return Error {CommonErrors::Usage, QStringLiteral("--target is required")};
    auto target = TargetResolver::resolve(cli.value(QStringLiteral("target")), store);
    if (target && cli.isSet(QStringLiteral("api-key-env"))) {
        target.value().keySource = TargetConfig::KeySource::Environment;
        target.value().envVar = cli.value(QStringLiteral("api-key-env"));
    }
    return target;
}

Result<Plan> makePlan(const CommandLine &cli, EventStore *store, const CliIo &io)
{
    if (cli.positional().size() != 1)
        return Error {CommonErrors::Usage, QStringLiteral("give one set, NDJSON or payload file")};
    auto options = readOptions(cli);
    if (!options)
        return options.error();
    auto target = targetFrom(cli, store);
    if (!target)
        return target.error();
    auto events = ReplaySetReader::read(cli.positional().constFirst());
    if (!events)
        return Error {CommonErrors::Input, events.error().message};
    Plan plan {events.takeValue(), options.takeValue(), target.takeValue(), QString(), 0};
    plan.options.templateEnvironment += plan.target.templateEnvironment;
    plan.options.templateEnvironment.removeDuplicates();
    if (cli.isSet(QStringLiteral("resume"))) {
        bool ok = false;
        plan.resumeRun = cli.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || plan.resumeRun <= 0)
            return Error {CommonErrors::Usage, QStringLiteral("--resume takes a run id")};
    }
    SecretStore secrets;
    if (auto key = secrets.resolveKey(plan.target); key)
        plan.apiKey = key.value().key;
    else if (!plan.options.dryRun)
        io.printError(
            QStringLiteral("note: sending without an API key: %1\n").arg(key.error().message));
    return plan;
}

QString resumeCommand(const CommandLine &cli, qint64 runId)
{
    QStringList args = QCoreApplication::arguments().mid(1);
    const int at = int(args.indexOf(QStringLiteral("--resume")));
    if (at >= 0)
        args.remove(at, qMin(2, int(args.size()) - at));
    args.erase(std::remove_if(args.begin(), args.end(),
                   [](const QString &a) { return a.startsWith(QLatin1String("--resume=")); }),
        args.end());
    if (args.isEmpty()) // in-process callers have no real argv
        args = QStringList {QStringLiteral("replay"), cli.positional().value(0)};
    return QStringLiteral("eventsmith-cli %1 --resume %2")
        .arg(args.join(QLatin1Char(' ')))
        .arg(runId);
}

// What the CLI needs beyond the engine's progress: how the run ended, and whether Ctrl-C did it.
struct Watch
{
    bool unreachable = false; // the session gave up: nobody listens at the target
    bool interrupted = false;
    ReplayEngine::Finish how = ReplayEngine::Finish::Failed;
    ReplayProgress last;
    Error failure; // why the run failed, when it did
};

void connectEngine(ReplaySession &session, const CliIo &io, Watch &w)
{
    ReplayEngine &engine = session.engine();
    auto lastLine = std::make_shared<QElapsedTimer>();
    lastLine->start();
    QObject::connect(&engine, &ReplayEngine::progressChanged, &engine,
        [&io, lastLine](const ReplayProgress &p) { showProgress(io, p, *lastLine); });
    QObject::connect(&engine, &ReplayEngine::finished, &engine,
        [&w, &session](ReplayEngine::Finish how, const ReplayProgress &p) {
            w.how = how;
            w.last = p;
            w.unreachable = session.isUnreachable();
            QCoreApplication::exit(0);
        });
    QObject::connect(
        &engine, &ReplayEngine::failed, &engine, [&w](const Error &error) { w.failure = error; });
}

int outcome(const CliIo &io, const Watch &w, const QString &resume, const Error &error)
{
    const ReplayProgress &p = w.last;
    if (io.errIsTerminal)
        io.printError(QStringLiteral("\r\033[K"));
    io.print(QStringLiteral("%1 events: %2 passed, %3 failed, %4 skipped, %5 not finished "
                            "(%6 retries)\n")
                 .arg(p.total)
                 .arg(p.passed)
                 .arg(p.failed)
                 .arg(p.skipped)
                 .arg(p.total - p.done)
                 .arg(p.retries));
    if (w.how == ReplayEngine::Finish::Failed) {
        io.printError(QStringLiteral("error: %1\n").arg(error.message));
        return ExitCode::Usage;
    }
    if (w.unreachable)
        io.printError(QStringLiteral("error: the target is unreachable (nobody answered).\n"));
    if (w.unreachable || w.interrupted)
        io.printError(QStringLiteral("Resume with: %1\n").arg(resume));
    if (w.unreachable)
        return ExitCode::Network;
    const bool allPassed = w.how == ReplayEngine::Finish::Completed && p.failed == 0;
    return allPassed ? ExitCode::Ok : ExitCode::Findings;
}

int execute(const CommandLine &cli, const CliIo &io, EventStore &store, const Validator &validator,
    const Plan &plan)
{
    ReplaySession session(store, validator,
        {plan.target, plan.apiKey, TargetResolver::DefaultReceiverPort, plan.options.concurrency});
    ReplayEngine &engine = session.engine();
    const Redactor &redactor = session.redactor();
    Watch watch;
    connectEngine(session, io, watch);
    const QString setName = QFileInfo(cli.positional().constFirst()).fileName();
    auto started = plan.resumeRun
        ? engine.resumeRun(plan.resumeRun, plan.events)
        : engine.start(plan.events, plan.options, RunRecord {0, 0, setName, 0, plan.target.name});
    if (!started) {
        io.printError(QStringLiteral("error: %1\n").arg(started.error().message));
        return ExitCode::Usage;
    }
    const qint64 runId = started.value();
    if (!plan.options.dryRun)
        io.printError(
            QStringLiteral("Run %1 %2: %3 events to %4\n")
                .arg(runId)
                .arg(plan.resumeRun ? QStringLiteral("resumed") : QStringLiteral("started"))
                .arg(plan.events.size())
                .arg(redactor.redactText(plan.target.urlTemplate)));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &engine, [&engine, &watch](int) {
        watch.interrupted = true;
        engine.cancel();
    });
    if (engine.state() != ReplayEngine::State::Finished)
        QCoreApplication::exec();
    const int code = outcome(io, watch, resumeCommand(cli, runId), watch.failure);
    if (runId > 0) {
        if (const int reportCode = writeReports(cli, io, store, runId, redactor); reportCode)
            return reportCode;
    }
    return code;
}
} // namespace

int ReplayCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(),
        summary()
            + QStringLiteral(".\nResults go to the store as they complete; Ctrl-C stops and prints "
                             "the command that resumes the run.\nCompare two runs with "
                             "'eventsmith-cli replay --diff A B'; render a stored run again "
                             "with 'eventsmith-cli report'.\nExit codes: 0 every expectation "
                             "passed, 1 some failed (or the run stopped), 2 usage, 3 target "
                             "unreachable."),
        QStringLiteral("input A set file (*.events.json), an NDJSON file or a payload file."));
    addOptions(cli);
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    if (cli.isSet(QStringLiteral("diff")))
        return runDiff(cli, io);
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    auto store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!store)
        return ExitCode::Usage;
    auto plan = makePlan(cli, store.get(), io);
    if (!plan) {
        if (plan.error().code == CommonErrors::Usage)
            return cli.usageError(io, plan.error().message);
        io.printError(QStringLiteral("error: %1\n").arg(plan.error().message));
        return ExitCode::Usage;
    }
    const Validator validator(*schemas);
    return execute(cli, io, *store, validator, plan.value());
}
