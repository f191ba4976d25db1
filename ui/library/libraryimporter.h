#pragma once

#include "core/common/result.h"
#include "core/io/csvmapping.h"
#include "core/io/importreport.h"
#include "core/library/eventimporter.h"
#include "core/validation/finding.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class EventStore;
class SecretStore;
class Validator;

// What the import dialog runs: the dialog's choice of kind turned into an ImportSources source
// and run through the EventImporter `eventsmith-cli import` uses, with progress and cancel, the
// first problems as lines to show, and a key found in cURL handed to the keychain (KeyHandoff).
class LibraryImporter final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryImporter)

public:
    enum class Kind { Curl, Csv, Postman, Har, EventFile };
    struct Outcome
    {
        qint64 events = 0;
        qint64 withErrors = 0;
        qint64 stored = 0;
        qint64 alreadyThere = 0; // events of the file the set holds already
        qint64 skippedExisting = 0; // of those, left out
        qint64 skippedInvalid = 0; // left out for their errors (InvalidPolicy::StoreValidOnly)
        qint64 setId = 0;
        QString setName;
        QStringList skipped; // requests of a collection or archive that are not events
        QStringList unsupported;
        QStringList problems; // the first events with errors, one line each with their findings
        QList<PortableEvent> rejected; // every event with errors, to save and fix
        QString keyMessage; // where a key found in a cURL command went
    };
    struct Options
    {
        QString setName; // created when missing
        QString family; // for events that do not say; detected when empty
        QString targetName = QStringLiteral("imported"); // receives a key found in cURL
        QString keyEnv; // the variable that target reads its key from, as the user chose
        EventImporter::InvalidPolicy invalid = EventImporter::InvalidPolicy::StoreNothing;
        bool skipExisting = true; // unless AskAlreadyThere answers otherwise
    };
    enum class AlreadyThere { Skip, ImportAgain, Cancel };
    // Asked after the check when `count` of the events are in the set already.
    using AskAlreadyThere = std::function<AlreadyThere(qint64 count, const QString &setName)>;
    // done: events read so far in this pass; total: how many the pass goes through, 0 while not
    // known (the check); storing: the second pass.
    using Progress = std::function<void(qint64 done, qint64 total, bool storing)>;
    // Asked between events; true stops the import and nothing is stored.
    using CancelRequested = EventImporter::CancelRequested;
    struct PreviewRow
    {
        int line = 0;
        QString family;
        Findings findings;
        QByteArray payload; // the JSON the row becomes
    };

    LibraryImporter(EventStore &store, const Validator &validator, SecretStore *secrets = nullptr);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelRequested(CancelRequested cancel) { m_cancel = std::move(cancel); }
    void setAskAlreadyThere(AskAlreadyThere ask) { m_askAlreadyThere = std::move(ask); }

    Result<Outcome> importFile(Kind kind, const QString &path, const Options &options);
    Result<Outcome> importCurl(const QString &command, const Options &options);
    Result<Outcome> importCsv(
        const QString &path, const CsvMapping &mapping, const Options &options, quint32 seed = 1);
    // The first rows of a CSV file through a mapping, with mapping and validation findings.
    Result<QList<PreviewRow>> previewCsv(const QString &path, const CsvMapping &mapping, int rows);

private:
    Result<Outcome> importReport(Result<ImportReport> report, const Options &options);
    Result<Outcome> run(
        const EventImporter::Source &source, const Options &options, Outcome outcome);
    // Whether to store after the check, and with which options; false leaves the store as it is.
    bool decideStore(const EventImporter::Tally &tally, const Options &options,
        EventImporter::Options &storeOptions) const;
    static qint64 eventsToStore(
        const EventImporter::Tally &tally, const EventImporter::Options &options);
    void handOffKey(const ImportReport &report, const Options &options, Outcome &outcome);

    EventStore &m_store;
    const Validator &m_validator;
    SecretStore *m_secrets = nullptr;
    Progress m_progress;
    CancelRequested m_cancel;
    AskAlreadyThere m_askAlreadyThere;
};
