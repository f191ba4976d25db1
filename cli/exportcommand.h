#pragma once

#include "cli/command.h"

#include "core/io/eventwriter.h"

class EventStore;

// `eventsmith-cli export SET --format postman|curl|har|ndjson|set`: writes a set from the store,
// or a set/NDJSON file, to another format, streaming event by event. Keys never appear in the
// output: cURL and HAR refer to the target's environment variable, Postman to {{apiKey}}.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export a set to Postman, cURL, HAR, NDJSON or a set file");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

private:
    int exportFile(const QString &path, EventWriter &writer, const CliIo &io);
    int exportStored(
        const QString &setName, EventStore &store, EventWriter &writer, const CliIo &io);
};
