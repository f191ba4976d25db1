#include "cli/importcommand.h"

#include "cli/commandline.h"
#include "cli/schemaloader.h"
#include "cli/storeoption.h"
#include "core/common/commonerrors.h"
#include "core/library/storedeventfactory.h"
#include "core/net/targetresolver.h"

#include "core/common/manualclock.h"
#include "core/io/csvimporter.h"
#include "core/io/curlimporter.h"
#include "core/io/harimporter.h"
#include "core/library/keyhandoff.h"
#include "core/io/postmanimporter.h"
#include "core/io/setfilereader.h"
#include "core/net/secretstore.h"
#include "core/storage/storetransaction.h"
#include "core/templates/templateresolver.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QFileInfo>

namespace {

constexpr int shownEvents = 20;
constexpr int batchSize = 5000;

QString describe(const Finding &f)
{
    const QString where = f.line > 0
        ? QStringLiteral(" (line %1, column %2)").arg(f.line).arg(f.column)
        : QString();
    return QStringLiteral("  %1 %2 %3: %4%5\n")
        .arg(Finding::severityName(f.severity), f.path.isEmpty() ? QStringLiteral("/") : f.path,
            f.code, f.message, where);
}

StoredEvent toStored(const PortableEvent &event, const PayloadCheck &check)
{
    return StoredEventFactory::make(event.name.isEmpty() ? event.source : event.name,
        QString::fromUtf8(event.payload), check);
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
    cli.addOption(QCommandLineOption(QStringLiteral("seed"),
        QStringLiteral("CSV: seed for {{uuid}} and {{random.*}} (default 1)."), QStringLiteral("n"),
        QStringLiteral("1")));
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
        *source = [path](const Visit &visit) {
            return SetFileReader::read(
                path, [&](const PortableEvent &event, const InputEvent &input) {
                    Findings findings;
                    if (!input.parsed)
                        findings.append({Severity::Error, QString(), QStringLiteral("json-syntax"),
                            input.error.message});
                    visit(event, findings);
                });
        };
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
    auto report2 = m_report;
    *source = [report2](const Visit &visit) -> Result<qint64> {
        for (const PortableEvent &event : std::as_const(report2->events))
            visit(event, {});
        return qint64(report2->events.size());
    };
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
    // One instant and one seed for both passes, so the stored events are the validated ones.
    auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc());
    const quint32 seed = cli.value(QStringLiteral("seed")).toUInt();
    auto resolver = std::make_shared<TemplateResolver>(clock.get(), seed);
    m_rewind = [resolver, seed] { resolver->reseed(seed); };
    auto shared = std::make_shared<CsvMapping>(mapping.takeValue());
    const QString path = cli.positional().at(1);
    *source = [shared, resolver, clock, path](const Visit &visit) {
        CsvImporter importer(*shared, *resolver);
        return importer.importFile(
            path, [&](const CsvImporter::Row &row) { visit(row.event, row.findings); });
    };
    return -1;
}

Result<ImportCommand::Tally> ImportCommand::check(
    const Source &source, const Validator &validator, const QString &family, const CliIo &io)
{
    Tally tally;
    auto read = source([&](const PortableEvent &event, const Findings &mapped) {
        ++tally.events;
        PayloadCheck check
            = PayloadCheck::checkText(validator, event.family.isEmpty() ? family : event.family,
                std::string_view(event.payload.constData(), size_t(event.payload.size())));
        Findings findings = mapped + check.findings;
        const bool errors = hasErrors(findings) || !check.parsed;
        errors ? ++tally.withErrors : ++tally.valid;
        if (findings.isEmpty() || tally.shown >= shownEvents)
            return;
        ++tally.shown;
        QString text
            = QStringLiteral("%1 (%2)%3\n")
                  .arg(event.source,
                      check.family.isEmpty() ? QStringLiteral("family unknown") : check.family,
                      errors ? QStringLiteral(": not importable") : QString());
        for (const Finding &finding : std::as_const(findings))
            text += describe(finding);
        io.printError(text);
    });
    if (!read)
        return read.error();
    return tally;
}

Result<qint64> ImportCommand::store(const Source &source, const Validator &validator,
    const QString &family, EventStore &store, const QString &setName)
{
    if (auto tuned = store.tuneForBulkWrite(); !tuned)
        return tuned.error();
    StoreTransaction transaction(store.database()); // all batches or none
    ES_TRY(transaction.begin());
    auto set = store.sets().byName(setName);
    const auto setId = set ? Result<qint64>(set.value().id) : store.sets().create(setName);
    if (!setId)
        return setId.error();
    // Rows go straight into the one transaction (no savepoint per batch: SQLite would copy
    // every page a batch touches into a sub-journal first) and join the set once at the end.
    QList<StoredEvent> batch;
    QList<qint64> ids;
    Result<> failure;
    auto flush = [&] {
        auto added = failure ? store.insertIntoTransaction(batch)
                             : Result<QList<qint64>>(failure.error());
        if (added)
            ids += added.value();
        else
            failure = added.error();
        batch.clear();
    };
    auto read = source([&](const PortableEvent &event, const Findings &) {
        const PayloadCheck check
            = PayloadCheck::checkText(validator, event.family.isEmpty() ? family : event.family,
                std::string_view(event.payload.constData(), size_t(event.payload.size())));
        batch.append(toStored(event, check));
        if (batch.size() >= batchSize)
            flush();
    });
    flush();
    if (!read)
        return read.error();
    if (!failure)
        return failure.error();
    if (auto added = store.sets().appendMembers(setId.value(), ids); !added)
        return added.error();
    const qint64 stored = ids.size();
    ES_TRY(transaction.commit());
    return stored;
}

int ImportCommand::importAll(
    const Source &source, const Validator &validator, const CommandLine &cli, const CliIo &io)
{
    const QString family = cli.value(QStringLiteral("family"));
    auto tally = check(source, validator, family, io);
    if (!tally) {
        io.printError(QStringLiteral("error: %1\n").arg(tally.error().message));
        return ExitCode::Usage;
    }
    const Tally &t = tally.value();
    io.printError(QStringLiteral("%1 events: %2 valid, %3 with errors\n")
                      .arg(t.events)
                      .arg(t.valid)
                      .arg(t.withErrors));
    if (t.withErrors > 0) {
        io.printError(
            QStringLiteral("nothing stored: fix the events with errors and import again\n"));
        return ExitCode::Findings;
    }
    if (cli.isSet(QStringLiteral("dry-run")) || t.events == 0)
        return ExitCode::Ok;
    auto db = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!db)
        return ExitCode::Usage;
    if (m_rewind)
        m_rewind();
    const QString setName = cli.isSet(QStringLiteral("set"))
        ? cli.value(QStringLiteral("set"))
        : QFileInfo(cli.positional().at(1)).completeBaseName();
    auto stored = store(source, validator, family, *db, setName);
    if (!stored) {
        io.printError(QStringLiteral("error: nothing stored: %1\n").arg(stored.error().message));
        return ExitCode::Usage;
    }
    if (m_report)
        handleKey(*m_report, cli, *db, io);
    io.print(
        QStringLiteral("imported %1 events into set \"%2\"\n").arg(stored.value()).arg(setName));
    return ExitCode::Ok;
}

void ImportCommand::handleKey(
    const ImportReport &report, const CommandLine &cli, EventStore &store, const CliIo &io)
{
    if (report.apiKey.isEmpty() && report.apiKeyEnvVar.isEmpty())
        return;
    TargetConfig target;
    target.name = cli.isSet(QStringLiteral("target")) ? cli.value(QStringLiteral("target"))
                                                      : QStringLiteral("imported");
    target.urlTemplate = report.urlTemplate;
    target.authMode
        = report.keyInQuery ? TargetConfig::AuthMode::Query : TargetConfig::AuthMode::Header;
    if (!report.apiKeyEnvVar.isEmpty())
        target.envVar = report.apiKeyEnvVar;
    if (!report.apiKey.isEmpty()) {
        SecretStore secrets;
        const KeyHandoff::Outcome outcome = KeyHandoff::save(secrets, target, report.apiKey);
        target.keySource = outcome.keySource;
        io.printError(outcome.message + QLatin1Char('\n'));
    } else {
        io.printError(QStringLiteral("the command reads the key from $%1; target \"%2\" does too\n")
                          .arg(target.envVar, target.name));
    }
    if (store.targets().byName(target.name))
        return; // an existing target keeps its settings; only the key moved
    const auto added = store.targets().add(TargetResolver::toStored(target));
    io.printError(added
            ? QStringLiteral("saved target \"%1\" (%2)\n").arg(target.name, target.urlTemplate)
            : QStringLiteral("target \"%1\" not saved: %2\n")
                  .arg(target.name, added.error().message));
}
