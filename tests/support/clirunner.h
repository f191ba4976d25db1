#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

// Runs the built eventsmith-cli as a real process for the CLI tests: the binary's path, test
// data paths, one run with its exit code and output, and `serve --port 0` with the port it
// picked. Header-only, so tests that link nothing but QtCore can use it.
namespace CliRunner {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline QString binary()
{
    return QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith-cli");
}

// A file under tests/data, e.g. data(QStringLiteral("cli/collide.ndjson")).
inline QString data(const QString &relative)
{
    return QStringLiteral(EVENTSMITH_TEST_DATA "/") + relative;
}

// A run that does not start or finish within a minute gives code -1 and no output.
inline Run run(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QByteArray &input = QByteArray())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(), args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Starts `serve --port 0` plus `extra` in `process` and returns the port it announces on
// standard error, or 0 after ten seconds. What it wrote to standard error so far is appended
// to `err` when given. A `launcher` (e.g. {"prlimit", "--nofile=96"}) runs it.
inline quint16 startServe(QProcess &process, const QStringList &extra, QByteArray *err = nullptr,
    const QStringList &launcher = {})
{
    const QStringList serve = QStringList {binary(), QStringLiteral("serve"),
                                  QStringLiteral("--port"), QStringLiteral("0")}
        + extra;
    if (launcher.isEmpty())
        process.start(serve.first(), serve.mid(1));
    else
        process.start(launcher.first(), launcher.mid(1) + serve);
    const QRegularExpression portLine(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray seen;
    for (int i = 0; i < 100; ++i) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardError();
        const auto match = portLine.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            if (err)
                *err += seen;
            return static_cast<quint16>(match.captured(1).toUInt());
        }
    }
    if (err)
        *err += seen;
    return 0;
}

// The columns of a usageErrors_data() table: the arguments and a part of the message.
inline void addUsageErrorColumns()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
}

} // namespace CliRunner

// A usage error exits with 2 and names the problem on standard error (`run` holds text). A
// macro, so that a failure points at the test.
#define CLI_VERIFY_USAGE_ERROR(run, message)                                                       \
    do {                                                                                           \
        QCOMPARE((run).code, 2);                                                                   \
        QVERIFY2((run).err.contains(message), qPrintable((run).err));                              \
    } while (false)
