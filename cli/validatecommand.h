#pragma once

#include "cli/command.h"

struct ScannedEvent;
class JsonWriter;

// `eventsmith-cli validate`: every finding of every event, with positions and dedup IDs.
class ValidateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return QStringLiteral("Check payloads, set files or NDJSON against the schemas");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

    static void writeJson(JsonWriter &json, const ScannedEvent &event);
    static QString textLine(const ScannedEvent &event, int findingIndex);
};
