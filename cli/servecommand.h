#pragma once

#include "cli/command.h"

struct ReceivedRequest;

// `eventsmith-cli serve`: the local receiver in the foreground, one line per request and a
// summary on Ctrl-C.
class ServeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override
    {
        return QStringLiteral("Run the local receiver (same endpoints, validation, faults)");
    }
    int run(const QStringList &arguments, const CliIo &io) override;

    static QString requestLine(const ReceivedRequest &request);
};
