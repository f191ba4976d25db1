#pragma once

#include "cli/command.h"

// `eventsmith-cli replay`: replays a set against a target with the replay engine (concurrency,
// rate, retries, stop rules), streams results into the store, writes reports, and resumes an
// interrupted run; `--diff A B` compares two stored runs of the same set.
class ReplayCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("replay"); }
    QString summary() const override
    {
        return QStringLiteral("Replay a set against a target and check every answer");
    }
    int run(const QStringList &arguments, const CliIo &io) override;
};
