#include "cli/templateoptions.h"

#include "cli/commandline.h"

#include <QRandomGenerator>

void TemplateOptions::add(CommandLine &cli)
{
    cli.addOption(QCommandLineOption(QStringLiteral("seed"),
        QStringLiteral("Seed of {{uuid}}, {{random.email}} and {{random.name}} (repeatable "
                       "values; random when omitted)."),
        QStringLiteral("n")));
    cli.addOption(QCommandLineOption(QStringLiteral("now"),
        QStringLiteral("The instant {{now}} stands for, ISO 8601 (default: the current time)."),
        QStringLiteral("instant")));
    cli.addOption(allowEnvOption());
}

QCommandLineOption TemplateOptions::allowEnvOption()
{
    return QCommandLineOption(QStringLiteral("allow-env"),
        QStringLiteral("Let {{env.NAME}} read this environment variable (repeat, or list "
                       "names with commas); no variable is read otherwise."),
        QStringLiteral("name"));
}

QStringList TemplateOptions::allowedEnvironment(const CommandLine &cli)
{
    QStringList names;
    for (const QString &value : cli.values(QStringLiteral("allow-env")))
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed();
    names.removeDuplicates();
    return names;
}

int TemplateOptions::read(const CommandLine &cli, const CliIo &io)
{
    quint32 seed = QRandomGenerator::global()->generate();
    if (cli.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = cli.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return cli.usageError(
                io, QStringLiteral("--seed must be a number from 0 to 4294967295"));
    }
    // One instant for the whole command, so every event of an input sees the same {{now}}.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (cli.isSet(QStringLiteral("now"))) {
        now = QDateTime::fromString(cli.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!now.isValid())
            return cli.usageError(io,
                QStringLiteral("--now must be an ISO 8601 date-time, e.g. 2024-02-03T10:30:00Z"));
    }
    m_clock = std::make_unique<ManualClock>(now.toUTC());
    m_resolver = std::make_unique<TemplateResolver>(m_clock.get(), seed);
    m_resolver->allowEnvironment(allowedEnvironment(cli));
    return -1;
}
