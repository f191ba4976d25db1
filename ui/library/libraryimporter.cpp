#include "ui/library/libraryimporter.h"

#include "core/common/commonerrors.h"
#include "core/common/manualclock.h"
#include "core/io/csvimporter.h"
#include "core/io/curlimporter.h"
#include "core/io/harimporter.h"
#include "core/library/keyhandoff.h"
#include "core/io/postmanimporter.h"
#include "core/io/setfilereader.h"
#include "core/library/storedeventfactory.h"
#include "core/net/targetresolver.h"
#include "core/storage/eventstore.h"
#include "core/storage/storetransaction.h"
#include "core/templates/templateresolver.h"
#include "core/validation/payloadcheck.h"

#include <QBuffer>
#include <QFile>

namespace {

constexpr int batchSize = 5000;
constexpr int progressEvery = 1000;
constexpr int shownProblems = 20;

PayloadCheck checkEvent(
    const Validator &validator, const PortableEvent &event, const QString &family)
{
    return PayloadCheck::checkText(validator, event.family.isEmpty() ? family : event.family,
        std::string_view(event.payload.constData(), size_t(event.payload.size())));
}

QString firstFinding(const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return QStringLiteral("%1: %2").arg(
                f.path.isEmpty() ? QStringLiteral("/") : f.path, f.message);
    return findings.isEmpty() ? QString() : findings.constFirst().message;
}

} // namespace

LibraryImporter::LibraryImporter(
    EventStore &store, const Validator &validator, SecretStore *secrets)
    : m_store(store)
    , m_validator(validator)
    , m_secrets(secrets)
{ }

Result<LibraryImporter::Outcome> LibraryImporter::importFile(
    Kind kind, const QString &path, const Options &options)
{
    switch (kind) {
    case Kind::Curl:
        return importReport(CurlImporter::importFile(path), options);
    case Kind::Postman:
        return importReport(PostmanImporter::importFile(path), options);
    case Kind::Har:
        return importReport(HarImporter::importFile(path), options);
    case Kind::Csv:
        return Error {CommonErrors::Usage, tr("A CSV file needs a column mapping.")};
    case Kind::EventFile:
        break;
    }
    const Source source = [path](const Visit &visit) {
        return SetFileReader::read(path, [&](const PortableEvent &event, const InputEvent &input) {
            Findings findings;
            if (!input.parsed)
                findings.append({Severity::Error, QString(), QStringLiteral("json-syntax"),
                    input.error.message});
            visit(event, findings);
        });
    };
    return run(source, options, {});
}

Result<LibraryImporter::Outcome> LibraryImporter::importCurl(
    const QString &command, const Options &options)
{
    return importReport(CurlImporter::importText(command), options);
}

Result<LibraryImporter::Outcome> LibraryImporter::importReport(
    Result<ImportReport> report, const Options &options)
{
    if (!report)
        return report.error();
    auto shared = std::make_shared<ImportReport>(report.takeValue());
    Outcome outcome;
    outcome.skipped = shared->skipped;
    outcome.unsupported = shared->unsupported;
    const Source source = [shared](const Visit &visit) -> Result<qint64> {
        for (const PortableEvent &event : std::as_const(shared->events))
            visit(event, {});
        return qint64(shared->events.size());
    };
    auto result = run(source, options, outcome);
    if (result && result.value().stored > 0)
        handOffKey(*shared, options, result.value());
    return result;
}

Result<LibraryImporter::Outcome> LibraryImporter::importCsv(
    const QString &path, const CsvMapping &mapping, const Options &options, quint32 seed)
{
    // One instant and one seed for both passes, so the stored events are the checked ones.
    auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc());
    auto resolver = std::make_shared<TemplateResolver>(clock.get(), seed);
    auto shared = std::make_shared<CsvMapping>(mapping);
    const Source source = [shared, resolver, clock, path](const Visit &visit) {
        CsvImporter importer(*shared, *resolver);
        return importer.importFile(
            path, [&](const CsvImporter::Row &row) { visit(row.event, row.findings); });
    };
    Options withFamily = options;
    if (withFamily.family.isEmpty())
        withFamily.family = mapping.family;
    return run(source, withFamily, {}, [resolver, seed] { resolver->reseed(seed); });
}

Result<QList<LibraryImporter::PreviewRow>> LibraryImporter::previewCsv(
    const QString &path, const CsvMapping &mapping, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            CommonErrors::Io, tr("%1: cannot read: %2").arg(path, file.errorString())};
    QByteArray head;
    for (int i = 0; i <= rows && !file.atEnd(); ++i)
        head += file.readLine();
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TemplateResolver resolver(&clock, 1);
    CsvImporter importer(mapping, resolver);
    QList<PreviewRow> preview;
    auto read = importer.import(&buffer, path, [&](const CsvImporter::Row &row) {
        const PayloadCheck check = checkEvent(m_validator, row.event, mapping.family);
        preview.append({row.line, check.family, row.findings + check.findings});
    });
    if (!read)
        return read.error();
    return preview;
}

Result<LibraryImporter::Outcome> LibraryImporter::run(const Source &source, const Options &options,
    Outcome outcome, const std::function<void()> &rewind)
{
    Result<qint64> read = qint64(0);
    check(source, options, outcome, read);
    if (!read)
        return read.error();
    if (outcome.withErrors > 0 && !options.keepInvalid)
        return outcome; // nothing stored; the outcome says why
    if (outcome.events == 0)
        return outcome;
    if (rewind)
        rewind();
    outcome.setName = options.setName;
    auto set = m_store.sets().byName(options.setName);
    const auto setId
        = set ? Result<qint64>(set.value().id) : m_store.sets().create(options.setName);
    if (!setId)
        return setId.error();
    auto stored = store(source, options, setId.value());
    if (!stored)
        return stored.error();
    outcome.stored = stored.value();
    outcome.setId = setId.value();
    return outcome;
}

void LibraryImporter::check(
    const Source &source, const Options &options, Outcome &outcome, Result<qint64> &read)
{
    read = source([&](const PortableEvent &event, const Findings &mapped) {
        ++outcome.events;
        const PayloadCheck check = checkEvent(m_validator, event, options.family);
        const Findings findings = mapped + check.findings;
        if (hasErrors(findings) || !check.parsed) {
            ++outcome.withErrors;
            if (outcome.problems.size() < shownProblems)
                outcome.problems << QStringLiteral("%1: %2").arg(
                    event.source, firstFinding(findings));
        }
        if (m_progress && outcome.events % progressEvery == 0)
            m_progress(outcome.events, false);
    });
}

Result<qint64> LibraryImporter::store(const Source &source, const Options &options, qint64 setId)
{
    StoreTransaction transaction(m_store.database()); // all batches or none
    ES_TRY(transaction.begin());
    QList<StoredEvent> batch;
    Result<> failure;
    qint64 stored = 0;
    auto flush = [&] {
        auto ids = failure ? m_store.bulkInsert(batch) : Result<QList<qint64>>(failure.error());
        auto added
            = ids ? m_store.sets().appendMembers(setId, ids.value()) : Result<>(ids.error());
        if (!added)
            failure = added.error();
        stored += batch.size();
        batch.clear();
        if (m_progress)
            m_progress(stored, true);
    };
    auto read = source([&](const PortableEvent &event, const Findings &) {
        const PayloadCheck check = checkEvent(m_validator, event, options.family);
        batch.append(StoredEventFactory::make(event.name.isEmpty() ? event.source : event.name,
            QString::fromUtf8(event.payload), check));
        if (batch.size() >= batchSize)
            flush();
    });
    flush();
    if (!read)
        return read.error();
    if (!failure)
        return failure.error();
    ES_TRY(transaction.commit());
    return stored;
}

// The key goes to the target's keychain entry (or the user is told which variable to set);
// it never reaches an event, the store or a message.
void LibraryImporter::handOffKey(
    const ImportReport &report, const Options &options, Outcome &outcome)
{
    if (report.apiKey.isEmpty() && report.apiKeyEnvVar.isEmpty())
        return;
    TargetConfig target;
    target.name = options.targetName;
    target.urlTemplate = report.urlTemplate;
    target.authMode
        = report.keyInQuery ? TargetConfig::AuthMode::Query : TargetConfig::AuthMode::Header;
    if (!report.apiKeyEnvVar.isEmpty())
        target.envVar = report.apiKeyEnvVar;
    if (!report.apiKey.isEmpty() && m_secrets) {
        const KeyHandoff::Outcome handed = KeyHandoff::save(*m_secrets, target, report.apiKey);
        target.keySource = handed.keySource;
        outcome.keyMessage = handed.message;
    } else if (!report.apiKeyEnvVar.isEmpty()) {
        outcome.keyMessage = tr("The command reads the key from $%1; target \"%2\" does too.")
                                 .arg(target.envVar, target.name);
    }
    // Best effort: the events are stored already and the target can be added by hand.
    if (!m_store.targets().byName(target.name))
        static_cast<void>(m_store.targets().add(TargetResolver::toStored(target)));
}
