#include "cli/importcommand.h"

#include "core/common/commonerrors.h"

#include "cli/commandline.h"
#include "cli/schemaloader.h"
#include "cli/storeoption.h"
#include "core/net/targetresolver.h"

#include "core/io/csvmapping.h"
#include "core/io/curlimporter.h"
#include "core/io/harimporter.h"
#include "core/io/postmanimporter.h"
#include "core/library/importsources.h"
#include "core/library/keyhandoff.h"
#include "core/library/rejectedeventswriter.h"
#include "core/library/setpayloadindex.h"
#include "core/net/secretstore.h"
#include "core/storage/eventstore.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QFileInfo>

namespace {

constexpr int shownEvents = 20;

QString describe(const Finding &f)
{
    const QString where = f.line > 0
        ? QStringLiteral(" (line %1, column %2)").arg(f.line).arg(f.column)
        : QString();
    return QStringLiteral("  %1 %2 %3: %4%5\n")
        .arg(Finding::severityName(f.severity), f.path.isEmpty() ? QStringLiteral("/") : f.path,
            f.code, f.message, where);
}

} // namespace

int ImportCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
        QStringLiteral("kind FILE: kind is curl, csv, postman, har or ndjson (set files too)"));
    cli.addOption(QCommandLineOption(QStringLiteral("map"),
        QStringLiteral("CSV: the column mapping file (JSON)."), QStringLiteral("file")));
    cli.addOption(QCommandLineOption(QStringLiteral("family"),
        QStringLiteral("Family of events that do not say (detected when omitted)."),
        QStringLiteral("family")));
    cli.addOption(QCommandLineOption(QStringLiteral("set"),
        QStringLiteral(
            "Add the events to this set (created when missing; default: the file's name)."),
        QStringLiteral("name")));
    cli.addOption(QCommandLineOption(QStringLiteral("target"),
        QStringLiteral("cURL: the target whose keychain entry receives a key found in the command "
                       "(default: imported)."),
        QStringLiteral("name")));
    cli.addOption(QCommandLineOption(QStringLiteral("key-env"),
        QStringLiteral("cURL: the target reads its key from this environment variable (a command "
                       "that names a variable, like $TOKEN, never chooses it)."),
        QStringLiteral("name")));
    cli.addOption(QCommandLineOption(QStringLiteral("seed"),
        QStringLiteral("CSV: seed for {{uuid}} and {{random.*}} (default 1)."), QStringLiteral("n"),
        QStringLiteral("1")));
    cli.addOption(QCommandLineOption(QStringLiteral("skip-existing"),
        QStringLiteral("Leave out events whose payload the set holds already (the same bytes).")));
    cli.addOption(QCommandLineOption(QStringLiteral("skip-invalid"),
        QStringLiteral("Store the valid events and leave out those with errors (default: store "
                       "nothing when one has errors).")));
    cli.addOption(QCommandLineOption(QStringLiteral("rejects"),
        QStringLiteral("With --skip-invalid: write the events left out to this NDJSON file, to "
                       "fix them there and import it again."),
        QStringLiteral("file")));
    cli.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), QStringLiteral("Validate only; store nothing.")));
    cli.addOption(StoreOption::option());
    cli.addOption(SchemaLoader::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    const QStringList words = cli.positional();
    if (words.size() != 2)
        return cli.usageError(
            io, QStringLiteral("give a kind and a file: import curl|csv|postman|har|ndjson FILE"));
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    const QString family = cli.value(QStringLiteral("family"));
    if (!family.isEmpty() && !schemas->hasFamily(family))
        return cli.usageError(io, QStringLiteral("unknown family \"%1\"").arg(family));
    Source source;
    const QString kind = words.at(0);
    int code = kind == QLatin1String("csv") ? csvSource(cli, io, &source)
                                            : reportSource(kind, words.at(1), io, &source);
    if (code >= 0)
        return code;
    const Validator validator(*schemas);
    return importAll(source, validator, cli, io);
}

int ImportCommand::reportSource(
    const QString &kind, const QString &path, const CliIo &io, Source *source)
{
    if (kind == QLatin1String("ndjson") || kind == QLatin1String("set")) {
        *source = ImportSources::eventFile(path);
        return -1;
    }
    Result<ImportReport> report = kind == QLatin1String("curl") ? CurlImporter::importFile(path)
        : kind == QLatin1String("postman")                      ? PostmanImporter::importFile(path)
        : kind == QLatin1String("har")                          ? HarImporter::importFile(path)
                                       : Error {CommonErrors::Usage, QString()};
    if (!report && report.error().code == CommonErrors::Usage) {
        io.printError(QStringLiteral(
            "eventsmith-cli import: unknown kind \"%1\"; use curl, csv, postman, har or ndjson\n")
                          .arg(kind));
        return ExitCode::Usage;
    }
    if (!report) {
        io.printError(QStringLiteral("error: %1\n").arg(report.error().message));
        return ExitCode::Usage;
    }
    m_report = std::make_shared<ImportReport>(report.takeValue());
    for (const QString &line : std::as_const(m_report->skipped))
        io.printError(QStringLiteral("skipped: %1\n").arg(line));
    for (const QString &line : std::as_const(m_report->unsupported))
        io.printError(QStringLiteral("unsupported: %1\n").arg(line));
    *source = ImportSources::report(m_report);
    return -1;
}

int ImportCommand::csvSource(const CommandLine &cli, const CliIo &io, Source *source)
{
    if (!cli.isSet(QStringLiteral("map")))
        return cli.usageError(
            io, QStringLiteral("import csv needs --map MAP.json (columns to fields)"));
    auto mapping = CsvMapping::load(cli.value(QStringLiteral("map")));
    if (!mapping) {
        io.printError(QStringLiteral("error: %1\n").arg(mapping.error().message));
        return ExitCode::Usage;
    }
    if (cli.isSet(QStringLiteral("family")))
        mapping.value().family = cli.value(QStringLiteral("family"));
    const auto seed = cli.integer(QStringLiteral("seed"), 1, 0, 0xffffffffLL);
    if (!seed)
        return cli.usageError(io, seed.error().message);
    *source = ImportSources::csv(cli.positional().at(1), mapping.value(), quint32(seed.value()));
    return -1;
}

int ImportCommand::importAll(
    const Source &source, const Validator &validator, const CommandLine &cli, const CliIo &io)
{
    if (cli.isSet(QStringLiteral("rejects")) && !cli.isSet(QStringLiteral("skip-invalid")))
        return cli.usageError(io, QStringLiteral("--rejects goes with --skip-invalid"));
    EventImporter importer(validator);
    int shown = 0;
    QList<PortableEvent> rejected;
    importer.setInspect([&](const PortableEvent &event, const PayloadCheck &check,
                            const Findings &findings, bool importable) {
        if (!importable)
            rejected.append(event);
        if (shown++ >= shownEvents)
            return;
        QString text
            = QStringLiteral("%1 (%2)%3\n")
                  .arg(event.source,
                      check.family.isEmpty() ? QStringLiteral("family unknown") : check.family,
                      importable ? QString() : QStringLiteral(": not importable"));
        for (const Finding &finding : findings)
            text += describe(finding);
        io.printError(text);
    });
    EventImporter::Options options;
    options.family = cli.value(QStringLiteral("family"));
    options.setName = cli.isSet(QStringLiteral("set"))
        ? cli.value(QStringLiteral("set"))
        : QFileInfo(cli.positional().at(1)).completeBaseName();
    options.skipExisting = cli.isSet(QStringLiteral("skip-existing"));
    options.invalid = cli.isSet(QStringLiteral("skip-invalid"))
        ? EventImporter::InvalidPolicy::StoreValidOnly
        : EventImporter::InvalidPolicy::StoreNothing;
    const bool dryRun = cli.isSet(QStringLiteral("dry-run"));
    std::unique_ptr<EventStore> db;
    if (!dryRun && !(db = StoreOption::open(cli.value(QStringLiteral("store")), io)))
        return ExitCode::Usage;
    const auto existing
        = db ? SetPayloadIndex::load(*db, options.setName) : Result(SetPayloadIndex());
    if (!existing) {
        io.printError(QStringLiteral("error: %1\n").arg(existing.error().message));
        return ExitCode::Usage;
    }
    auto tally = importer.check(source, options.family, &existing.value());
    if (!tally) {
        io.printError(QStringLiteral("error: %1\n").arg(tally.error().message));
        return ExitCode::Usage;
    }
    const EventImporter::Tally &t = tally.value();
    io.printError(QStringLiteral("%1 events: %2 valid, %3 with errors\n")
                      .arg(t.events)
                      .arg(t.valid)
                      .arg(t.withErrors));
    if (t.withErrors > 0 && options.invalid == EventImporter::InvalidPolicy::StoreNothing) {
        io.printError(QStringLiteral("nothing stored: fix the events with errors and import again "
                                     "(or leave them out with --skip-invalid)\n"));
        return ExitCode::Findings;
    }
    if (const QString path = cli.value(QStringLiteral("rejects")); !path.isEmpty()) {
        if (auto written = RejectedEventsWriter::write(path, rejected); !written) {
            io.printError(QStringLiteral("error: %1\n").arg(written.error().message));
            return ExitCode::Usage;
        }
        io.printError(
            QStringLiteral("%1 events with errors written to %2\n").arg(rejected.size()).arg(path));
    }
    const int exitCode = t.withErrors > 0 ? ExitCode::Findings : ExitCode::Ok;
    if (dryRun || !EventImporter::shouldStore(t, options.invalid))
        return exitCode;
    auto stored = importer.store(*db, source, options);
    if (!stored) {
        io.printError(QStringLiteral("error: nothing stored: %1\n").arg(stored.error().message));
        return ExitCode::Usage;
    }
    if (m_report)
        handleKey(*m_report, cli, *db, io);
    io.print(storedLine(stored.value(), t, options.setName));
    return exitCode;
}

QString ImportCommand::storedLine(
    const EventImporter::Stored &stored, const EventImporter::Tally &tally, const QString &setName)
{
    QString line
        = QStringLiteral("imported %1 events into set \"%2\"").arg(stored.events).arg(setName);
    if (stored.invalid > 0)
        line += QStringLiteral("; left out %1 with errors").arg(stored.invalid);
    if (stored.alreadyThere > 0)
        line += QStringLiteral("; left out %1 already there").arg(stored.alreadyThere);
    else if (tally.alreadyThere > 0)
        line += QStringLiteral("; %1 of them were there already (--skip-existing leaves them out)")
                    .arg(tally.alreadyThere);
    return line + QLatin1Char('\n');
}

void ImportCommand::handleKey(
    const ImportReport &report, const CommandLine &cli, EventStore &store, const CliIo &io)
{
    SecretStore secrets;
    const KeyHandoff::Outcome outcome = KeyHandoff::handOff(store, &secrets, report,
        cli.isSet(QStringLiteral("target")) ? cli.value(QStringLiteral("target"))
                                            : QStringLiteral("imported"),
        cli.value(QStringLiteral("key-env")));
    if (!outcome.message.isEmpty())
        io.printError(outcome.message + QLatin1Char('\n'));
}
