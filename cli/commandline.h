#pragma once

#include "cli/cliio.h"

#include "core/common/result.h"
#include "core/net/headerlines.h"

#include <QCommandLineParser>

// A QCommandLineParser that reports errors and --help through CliIo instead of exiting.
class CommandLine final
{
public:
    CommandLine(const QString &command, const QString &description, const QString &positional);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // Returns -1 to go on, or the exit code to return (help shown, or a usage error).
    int parse(const QStringList &arguments, const CliIo &io);
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    int usageError(const CliIo &io, const QString &message) const;

    // Strict readers of option values: `fallback` when the option is absent; a value that is
    // not a number in [minimum, maximum] (or not one of `choices`) is a usage error naming it.
    Result<qint64> integer(
        const QString &name, qint64 fallback, qint64 minimum, qint64 maximum) const;
    Result<double> number(
        const QString &name, double fallback, double minimum, double maximum) const;
    Result<QString> choice(const QString &name, const QStringList &choices) const;
    // Every value of a repeatable "Name: value" option, or a usage error naming the bad one.
    Result<HeaderLines::Headers> headers(const QString &name) const;

private:
    QCommandLineParser m_parser;
    QString m_command;
};
