#include "cli/commandline.h"

#include "cli/command.h"
#include "core/common/commonerrors.h"

#include <cmath>

CommandLine::CommandLine(
    const QString &command, const QString &description, const QString &positional)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (!positional.isEmpty())
        m_parser.addPositionalArgument(positional.section(QLatin1Char(' '), 0, 0),
            positional.section(QLatin1Char(' '), 1), positional.section(QLatin1Char(' '), 0, 0));
}

int CommandLine::parse(const QStringList &arguments, const CliIo &io)
{
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = QStringLiteral("eventsmith-cli %1").arg(m_command);
    if (!m_parser.parse(args))
        return usageError(io, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the executable by its path; show the command as people type it.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && options > 0)
            help.replace(7, options - 7, QStringLiteral("eventsmith-cli %1").arg(m_command));
        io.print(help);
        return ExitCode::Ok;
    }
    return -1;
}

int CommandLine::usageError(const CliIo &io, const QString &message) const
{
    io.printError(QStringLiteral("eventsmith-cli %1: %2\nTry 'eventsmith-cli %1 --help'.\n")
                      .arg(m_command, message));
    return ExitCode::Usage;
}

Result<qint64> CommandLine::integer(
    const QString &name, qint64 fallback, qint64 minimum, qint64 maximum) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = this->value(name).trimmed().toLongLong(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    return Error {CommonErrors::Usage,
        QStringLiteral("--%1 takes a whole number from %2 to %3, not \"%4\"")
            .arg(name)
            .arg(minimum)
            .arg(maximum)
            .arg(this->value(name))};
}

Result<double> CommandLine::number(
    const QString &name, double fallback, double minimum, double maximum) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const double value = this->value(name).trimmed().toDouble(&ok);
    if (ok && std::isfinite(value) && value >= minimum && value <= maximum)
        return value;
    return Error {CommonErrors::Usage,
        QStringLiteral("--%1 takes a number from %2 to %3, not \"%4\"")
            .arg(name)
            .arg(minimum)
            .arg(maximum)
            .arg(this->value(name))};
}

Result<HeaderLines::Headers> CommandLine::headers(const QString &name) const
{
    HeaderLines::Headers all;
    for (const QString &value : values(name)) {
        const auto parsed = HeaderLines::parse(QStringList {value});
        if (!parsed)
            return Error {CommonErrors::Usage,
                QStringLiteral("--%1 \"%2\": %3")
                    .arg(name, value, parsed.error().message.section(QStringLiteral(": "), 1))};
        all += parsed.value();
    }
    return all;
}

Result<QString> CommandLine::choice(const QString &name, const QStringList &choices) const
{
    const QString value = this->value(name);
    if (choices.contains(value))
        return value;
    return Error {CommonErrors::Usage,
        QStringLiteral("--%1 takes %2, not \"%3\"")
            .arg(name, choices.join(QStringLiteral(" or ")), value)};
}
