// bench_import [events=100000] [work-dir]: `eventsmith-cli import ndjson` of a generated NDJSON
// file (every line valid) into a new store, against the sqlite3 shell's own `.import` of the
// same lines into a one-column table: the floor for getting those bytes into SQLite at all.
// Wall times depend on what else the machine runs; the CPU times printed beside them do less.
#include "tests/bench/benchevents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The NDJSON lines, and the same lines as a one-column CSV for the shell.
bool writeInputs(const QString &ndjsonPath, const QString &csvPath, qint64 n, qint64 &bytes)
{
    QFile ndjson(ndjsonPath);
    QFile csv(csvPath);
    if (!ndjson.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
        return false;
    BenchEvents::EventFactory factory;
    bytes = 0;
    for (qint64 i = 0; i < n; ++i) {
        const StoredEvent e = factory.make(i);
        QString payload = e.payload; // the validator wants ASCII local parts in addresses
        payload.replace(QStringLiteral("chloé@"), QStringLiteral("chloe@"))
            .replace(QStringLiteral("inès@"), QStringLiteral("ines@"));
        const QByteArray line
            = "{\"family\":\"" + e.family.toUtf8() + "\",\"payload\":" + payload.toUtf8() + "}";
        bytes += line.size() + 1;
        ndjson.write(line + '\n');
        QByteArray quoted = line;
        csv.write('"' + quoted.replace('"', "\"\"") + "\"\n");
    }
    return true;
}

struct Timing
{
    qint64 ms = -1;
    double cpu = 0;
};

Timing runProcess(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
            process.readAllStandardOutput().constData());
        return {};
    }
    return {timer.elapsed(), childCpuSeconds() - cpuBefore};
}

void printRate(const char *what, qint64 n, const Timing &t)
{
    std::printf("%-36s %9lld events in %8.2f s = %9.0f events/s  (%.1f s CPU)\n", what,
        static_cast<long long>(n), t.ms / 1000.0, n * 1000.0 / std::max<qint64>(t.ms, 1), t.cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    QTemporaryDir temp(
        args.size() > 2 ? args.at(2) + QStringLiteral("/bench_import-XXXXXX") : QString());
    if (n <= 0 || !temp.isValid()) {
        std::fprintf(stderr, "usage: bench_import [events=100000] [work-dir]\n");
        return 2;
    }
    const QString ndjson = temp.filePath(QStringLiteral("events.ndjson"));
    const QString csv = temp.filePath(QStringLiteral("events.csv"));
    qint64 bytes = 0;
    if (!writeInputs(ndjson, csv, n, bytes))
        return 1;
    std::printf("bench_import: %lld events, %.1f MB of NDJSON, work dir %s\n",
        static_cast<long long>(n), bytes / 1e6, qPrintable(temp.path()));
    const Timing cli = runProcess(QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith-cli"),
        {QStringLiteral("import"), QStringLiteral("ndjson"), ndjson, QStringLiteral("--store"),
            temp.filePath(QStringLiteral("store.db")), QStringLiteral("--set"),
            QStringLiteral("bench")});
    if (cli.ms < 0)
        return 1;
    printRate("eventsmith-cli import ndjson", n, cli);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        std::printf("sqlite3 not found (apt-get install -y sqlite3): comparison skipped\n");
        return 0;
    }
    const Timing shell = runProcess(QStringLiteral("sqlite3"),
        {QStringLiteral("-bail"), temp.filePath(QStringLiteral("shell.db")),
            QStringLiteral("CREATE TABLE lines (line TEXT)"),
            QStringLiteral(".import --csv ") + csv + QStringLiteral(" lines")});
    if (shell.ms < 0)
        return 1;
    printRate("sqlite3 .import (one-column table)", n, shell);
    std::printf("import / sqlite3 .import throughput  %.2f\n",
        double(shell.ms) / std::max<qint64>(cli.ms, 1));
    return 0;
}
