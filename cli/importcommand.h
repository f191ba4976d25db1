#pragma once

#include "cli/command.h"

#include "core/common/result.h"
#include "core/library/eventimporter.h"

#include <memory>

class CommandLine;
class EventStore;
class Validator;
struct ImportReport;

// `eventsmith-cli import curl|csv|postman|har|ndjson FILE`: brings events into the local store
// through the EventImporter the import dialog uses (nothing stored when one event has errors),
// printing the first events with findings and the tally.
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

private:
    using Source = EventImporter::Source;

    int importAll(
        const Source &source, const Validator &validator, const CommandLine &cli, const CliIo &io);
    int csvSource(const CommandLine &cli, const CliIo &io, Source *source);
    int reportSource(const QString &kind, const QString &path, const CliIo &io, Source *source);
    static QString storedLine(const EventImporter::Stored &stored,
        const EventImporter::Tally &tally, const QString &setName);
    void handleKey(
        const ImportReport &report, const CommandLine &cli, EventStore &store, const CliIo &io);

    std::shared_ptr<ImportReport> m_report;
};
