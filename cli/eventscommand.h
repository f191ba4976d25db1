#pragma once

#include "cli/command.h"

#include <QList>

class CommandLine;
class EventStore;
struct StoredEvent;

// `eventsmith-cli events list|show|search|add`: the events kept in the local store.
class EventsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("events"); }
    QString summary() const override
    {
        return QStringLiteral("List, show, search or add events in the local store");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

private:
    int list(EventStore &store, const CommandLine &cli, const CliIo &io);
    int show(EventStore &store, const QString &id, const CliIo &io);
    int search(EventStore &store, const CommandLine &cli, const CliIo &io);
    int add(EventStore &store, const CommandLine &cli, const CliIo &io);
    void print(const QList<StoredEvent> &events, bool asJson, const CliIo &io);
};
