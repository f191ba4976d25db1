#pragma once

#include "cli/command.h"

class CommandLine;
class EventStore;

// `eventsmith-cli targets list|add|remove|set-key`: the saved targets and their keys.
class TargetsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override
    {
        return QStringLiteral("List, add or remove saved targets; store a target's API key");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

private:
    int list(EventStore &store, const CliIo &io);
    int add(EventStore &store, const CommandLine &cli, const CliIo &io);
    int remove(EventStore &store, const QString &name, const CliIo &io);
    int setKey(EventStore &store, const QString &name, const CliIo &io);
};
