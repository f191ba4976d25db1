#pragma once

#include "cli/cliio.h"

#include <QString>
#include <QStringList>

// Exit codes of every command, as the README's "Command line" section lists them.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Findings = 1;
constexpr int Usage = 2;
constexpr int Network = 3;
} // namespace ExitCode

// One `eventsmith-cli <name>` command.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command name.
    virtual int run(const QStringList &arguments, const CliIo &io) = 0;
};
