#pragma once

#include "cli/cliio.h"

#include "core/common/manualclock.h"
#include "core/templates/templateresolver.h"

#include <QCommandLineOption>

#include <memory>

class CommandLine;

// The --seed, --now and --allow-env options of the commands that resolve template variables
// (send, validate, dedup), and the resolver they configure: a fixed seed and instant make a run
// repeatable; only the variables named by --allow-env may be read by {{env.NAME}}.
class TemplateOptions final
{
public:
    static void add(CommandLine &cli);
    // Returns -1 to go on (resolver ready), or the exit code to return.
    int read(const CommandLine &cli, const CliIo &io);
    TemplateResolver &resolver() { return *m_resolver; }
    static QStringList allowedEnvironment(const CommandLine &cli);
    static QCommandLineOption allowEnvOption(); // --allow-env, also for replay and targets

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TemplateResolver> m_resolver;
};
