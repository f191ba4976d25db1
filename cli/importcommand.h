#pragma once

#include "cli/command.h"

#include "core/common/result.h"
#include "core/io/portableevent.h"
#include "core/validation/finding.h"

#include <functional>
#include <memory>

class CommandLine;
class EventStore;
class Validator;
struct ImportReport;

// `eventsmith-cli import curl|csv|postman|har|ndjson FILE`: brings events into the local store.
// Every event is validated first and nothing is stored when one has errors; sources are read
// twice rather than held in memory, so a million-line NDJSON file or a 100k-row CSV streams.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Import events from cURL, CSV, Postman, HAR or NDJSON into the store");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

    // Visits each event of the source once per call; mapping findings come with the event.
    using Visit = std::function<void(const PortableEvent &, const Findings &)>;
    using Source = std::function<Result<qint64>(const Visit &)>;

private:
    struct Tally
    {
        qint64 events = 0;
        qint64 valid = 0;
        qint64 withErrors = 0;
        int shown = 0;
    };

    int importAll(
        const Source &source, const Validator &validator, const CommandLine &cli, const CliIo &io);
    Result<Tally> check(
        const Source &source, const Validator &validator, const QString &family, const CliIo &io);
    Result<qint64> store(const Source &source, const Validator &validator, const QString &family,
        EventStore &store, const QString &setName);
    int csvSource(const CommandLine &cli, const CliIo &io, Source *source);
    int reportSource(const QString &kind, const QString &path, const CliIo &io, Source *source);
    void handleKey(
        const ImportReport &report, const CommandLine &cli, EventStore &store, const CliIo &io);

    std::shared_ptr<ImportReport> m_report;
    std::function<void()> m_rewind; // resets template state between the two passes
};
