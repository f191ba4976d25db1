#include "ui/library/libraryimporter.h"

#include "core/common/commonerrors.h"
#include "core/common/manualclock.h"
#include "core/io/csvimporter.h"
#include "core/io/curlimporter.h"
#include "core/io/harimporter.h"
#include "core/io/postmanimporter.h"
#include "core/library/importsources.h"
#include "core/library/keyhandoff.h"
#include "core/library/setpayloadindex.h"
#include "core/net/targetresolver.h"
#include "core/storage/eventstore.h"
#include "core/templates/templateresolver.h"
#include "core/validation/payloadcheck.h"

#include <QBuffer>
#include <QFile>

namespace {

constexpr int shownProblems = 200;

PayloadCheck checkEvent(
    const Validator &validator, const PortableEvent &event, const QString &family)
{
    return PayloadCheck::checkText(validator, event.family.isEmpty() ? family : event.family,
        std::string_view(event.payload.constData(), size_t(event.payload.size())));
}

// The errors of an event, "path: message" each; the warnings would drown them.
QString errorsOf(const Findings &findings)
{
    QStringList errors;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            errors << QStringLiteral("%1: %2").arg(
                f.path.isEmpty() ? QStringLiteral("/") : f.path, f.message);
    return errors.join(QStringLiteral("; "));
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
    return run(ImportSources::eventFile(path), options, {});
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
    auto result = run(ImportSources::report(shared), options, outcome);
    if (result && result.value().stored > 0)
        handOffKey(*shared, options, result.value());
    return result;
}

Result<LibraryImporter::Outcome> LibraryImporter::importCsv(
    const QString &path, const CsvMapping &mapping, const Options &options, quint32 seed)
{
    Options withFamily = options;
    if (withFamily.family.isEmpty())
        withFamily.family = mapping.family;
    return run(ImportSources::csv(path, mapping, seed), withFamily, {});
}

Result<QList<LibraryImporter::PreviewRow>> LibraryImporter::previewCsv(
    const QString &path, const CsvMapping &mapping, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {CommonErrors::Io, tr("%1: cannot read: %2").arg(path, file.errorString())};
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
        preview.append({row.line, check.family, row.findings + check.findings, row.event.payload});
    });
    if (!read)
        return read.error();
    return preview;
}

Result<LibraryImporter::Outcome> LibraryImporter::run(
    const EventImporter::Source &source, const Options &options, Outcome outcome)
{
    EventImporter importer(m_validator);
    qint64 toStore = 0; // known once the check is done
    if (m_progress)
        importer.setProgress([this, &toStore](qint64 done, EventImporter::Stage stage) {
            const bool storing = stage == EventImporter::Stage::Storing;
            m_progress(done, storing ? toStore : 0, storing);
        });
    importer.setCancelRequested(m_cancel);
    importer.setInspect([&outcome](const PortableEvent &event, const PayloadCheck &,
                            const Findings &findings, bool importable) {
        if (importable)
            return;
        outcome.rejected.append(event);
        if (outcome.problems.size() < shownProblems)
            outcome.problems << QStringLiteral("%1: %2").arg(event.source, errorsOf(findings));
    });
    const auto existing = SetPayloadIndex::load(m_store, options.setName);
    if (!existing)
        return existing.error();
    const auto checked = importer.check(source, options.family, &existing.value());
    if (!checked)
        return checked.error();
    outcome.events = checked.value().events;
    outcome.withErrors = checked.value().withErrors;
    outcome.alreadyThere = checked.value().alreadyThere;
    EventImporter::Options storeOptions;
    if (!decideStore(checked.value(), options, storeOptions))
        return outcome;
    toStore = eventsToStore(checked.value(), storeOptions);
    if (m_progress)
        m_progress(0, toStore, true); // the store pass begins
    const auto stored = importer.store(m_store, source, storeOptions);
    if (!stored)
        return stored.error();
    outcome.stored = stored.value().events;
    outcome.skippedExisting = stored.value().alreadyThere;
    outcome.skippedInvalid = stored.value().invalid;
    outcome.setId = stored.value().setId;
    outcome.setName = options.setName;
    return outcome;
}

// At most: events left out as already there may have had errors too.
qint64 LibraryImporter::eventsToStore(
    const EventImporter::Tally &tally, const EventImporter::Options &options)
{
    qint64 events = options.invalid == EventImporter::InvalidPolicy::StoreValidOnly ? tally.valid
                                                                                    : tally.events;
    if (options.skipExisting)
        events -= tally.alreadyThere;
    return std::max<qint64>(events, 1);
}

bool LibraryImporter::decideStore(const EventImporter::Tally &tally, const Options &options,
    EventImporter::Options &storeOptions) const
{
    if (!EventImporter::shouldStore(tally, options.invalid))
        return false;
    storeOptions = {options.setName, options.family, options.invalid, options.skipExisting};
    if (tally.alreadyThere == 0 || !m_askAlreadyThere)
        return true;
    switch (m_askAlreadyThere(tally.alreadyThere, options.setName)) {
    case AlreadyThere::Skip:
        storeOptions.skipExisting = true;
        return true;
    case AlreadyThere::ImportAgain:
        storeOptions.skipExisting = false;
        return true;
    case AlreadyThere::Cancel:
        break;
    }
    return false;
}

// The key goes to the target's keychain entry (or the user is told which variable to set);
// it never reaches an event, the store or a message.
void LibraryImporter::handOffKey(
    const ImportReport &report, const Options &options, Outcome &outcome)
{
    outcome.keyMessage
        = KeyHandoff::handOff(m_store, m_secrets, report, options.targetName, options.keyEnv)
              .message;
}
