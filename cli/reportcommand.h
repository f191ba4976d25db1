#pragma once

#include "cli/command.h"

// `eventsmith-cli report RUN --format junit|json|html|csv -o FILE`: renders a stored replay run
// again, in any report format; `report --list` shows the recent runs.
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Render a stored replay run as JUnit, JSON, HTML or CSV");
    }
    int run(const QStringList &arguments, const CliIo &io) override;
};
