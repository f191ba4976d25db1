#pragma once

#include "cli/cliio.h"

#include <QStringList>

// The `eventsmith-cli` entry point: picks the command and runs it.
class CliApp final
{
public:
    // Runs with the process's standard streams.
    static int run(const QStringList &arguments);
    // Runs with the given streams (tests run commands in-process this way).
    static int run(const QStringList &arguments, const CliIo &io);
    static QString usage();
};
