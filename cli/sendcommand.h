#pragma once

#include "cli/command.h"

// `eventsmith-cli send`: posts one payload or every event of a set/NDJSON file, in order, and
// prints what the server said about each.
class SendCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override
    {
        return QStringLiteral("Send payloads to a target (a server, or 'local' for serve)");
    }
    int run(const QStringList &arguments, const CliIo &io) override;
};
