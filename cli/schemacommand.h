#pragma once

#include "cli/command.h"

// `eventsmith-cli schema`: export a family's JSON Schema or the endpoint's OpenAPI document,
// summarise a family, or check a user's schema file.
class SchemaCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("schema"); }
    QString summary() const override
    {
        return QStringLiteral("Export or check the event schemas (JSON Schema, OpenAPI 3.1)");
    }
    int run(const QStringList &arguments, const CliIo &io) override;
};
