#pragma once

#include "cli/command.h"

// `eventsmith-cli dedup`: the dedup ID of each event, its source and components, and the
// events that collide.
class DedupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("dedup"); }
    QString summary() const override
    {
        return QStringLiteral("Show the dedup ID of each event and which events collide");
    }
    int run(const QStringList &arguments, const CliIo &io) override;
};
