#pragma once

#include "cli/cliio.h"

#include "core/schema/schemaset.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

// The --schema option shared by commands: the built-in schemas, then each user file on top.
namespace SchemaLoader {
QCommandLineOption option();
// Prints the load error (file, line, column, what to do) and returns nothing on failure.
std::optional<SchemaSet> load(const QStringList &files, const CliIo &io);
} // namespace SchemaLoader
