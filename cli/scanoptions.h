#pragma once

#include "cli/cliio.h"
#include "cli/templateoptions.h"

#include "core/schema/schemaset.h"

#include <QStringList>

#include <optional>

class CommandLine;

// The options and checks shared by the commands that scan inputs (validate, dedup):
// --family, --schema, --format text|json, the template options and at least one input.
struct ScanOptions
{
    std::optional<SchemaSet> schemas;
    QString family;
    bool asJson = false;
    TemplateOptions templates;

    static void add(CommandLine &cli);
    // Returns -1 to go on (fields filled in), or the exit code to return.
    int read(CommandLine &cli, const QStringList &arguments, const CliIo &io);
};
