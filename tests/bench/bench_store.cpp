// bench_store [events=1000000] [work-dir]: bulk insert through EventStore against the sqlite3
// shell reading the same rows as one SQL file in one transaction, then open + first page,
// a search for a word in 1% of the events, counts and a deep keyset page on the result.
// Wall times depend on what else the machine runs; the CPU times printed beside them do less.
#include "core/storage/eventstore.h"
#include "core/storage/schemamigrator.h"

#include "tests/bench/benchevents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <random>

namespace {

using BenchEvents::EventFactory;
using BenchEvents::MarkerWord;

// Events per bulkInsert() transaction; BENCH_STORE_BATCH overrides it.
const int BatchSize = qEnvironmentVariableIntValue("BENCH_STORE_BATCH") > 0
    ? qEnvironmentVariableIntValue("BENCH_STORE_BATCH")
    : 50000;

QString sqlText(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// CPU seconds (user + system) used so far by this process or by its waited-for children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void printRate(const char *what, qint64 n, qint64 ms)
{
    std::printf("%-34s %9lld rows in %8.2f s = %9.0f rows/s\n", what, static_cast<long long>(n),
        ms / 1000.0, n * 1000.0 / std::max<qint64>(ms, 1));
}

bool openStore(EventStore &store, const QString &path)
{
    auto opened = store.open(path);
    if (!opened)
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
    return opened.ok();
}

// Returns the insert time in ms (bulk batches plus the closing checkpoint), -1 on failure.
qint64 insertThroughStore(const QString &path, qint64 n, double &avgPayload, double &cpu)
{
    EventStore store;
    if (!openStore(store, path))
        return -1;
    EventFactory factory;
    qint64 elapsed = 0;
    cpu = 0;
    double bytes = 0;
    for (qint64 first = 0; first < n; first += BatchSize) {
        QList<StoredEvent> batch;
        for (qint64 i = first; i < std::min(n, first + BatchSize); ++i) {
            batch << factory.make(i);
            bytes += batch.constLast().payload.toUtf8().size();
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        auto ids = store.bulkInsert(batch);
        elapsed += timer.elapsed();
        cpu += cpuSeconds(RUSAGE_SELF) - cpuBefore;
        if (!ids) {
            std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(ids.error().message));
            return -1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    store.close();
    cpu += cpuSeconds(RUSAGE_SELF) - cpuBefore;
    avgPayload = bytes / std::max<qint64>(n, 1);
    return elapsed + timer.elapsed();
}

bool writeSqlFile(const QString &sqlPath, qint64 n)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nBEGIN;\n";
    EventFactory factory;
    for (qint64 i = 0; i < n; ++i) {
        const StoredEvent e = factory.make(i);
        out << "INSERT INTO events (family, sub_type, name, payload, dedup_id, validity,"
               " created_at, updated_at) VALUES ("
            << sqlText(e.family) << ',' << sqlText(e.subType) << ',' << sqlText(e.name) << ','
            << sqlText(e.payload) << ',' << sqlText(e.dedupId) << ',' << int(e.validity) << ','
            << e.createdAt.toMSecsSinceEpoch() << ',' << e.updatedAt.toMSecsSinceEpoch() << ");\n";
    }
    out << "COMMIT;\n";
    return out.status() == QTextStream::Ok;
}

// Same schema (created by the store), then `sqlite3 db < file`; returns ms, -1 on failure.
qint64 insertThroughShell(const QString &dbPath, const QString &sqlPath, double &cpu)
{
    {
        EventStore store;
        if (!openStore(store, dbPath))
            return -1;
    }
    QProcess shell;
    shell.setStandardInputFile(sqlPath);
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return -1;
    cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    return timer.elapsed();
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

void measureQueries(const QString &path, qint64 n)
{
    EventStore store;
    int firstPage = 0;
    const double openMs = timeMs([&] {
        if (openStore(store, path))
            firstPage = store.pageAfter(0, 100).value().size();
    });
    std::printf("open + first page (%d rows)          %8.1f ms   (target < 100 ms: %s)\n",
        firstPage, openMs, openMs < 100 ? "met" : "MISSED");
    int hits = 0;
    const double searchMs = timeMs([&] { hits = store.search(MarkerWord, 0, 100).value().size(); });
    std::printf("search \"%s\" first page (%d rows) %8.1f ms   (target < 200 ms: %s)\n",
        qPrintable(MarkerWord), hits, searchMs, searchMs < 200 ? "met" : "MISSED");
    qint64 all = 0;
    const double matchesMs = timeMs([&] {
        qint64 last = 0;
        for (QList<StoredEvent> page;
             !(page = store.search(MarkerWord, last, 1000).value()).isEmpty();
             last = page.constLast().id)
            all += page.size();
    });
    std::printf("search, every match (%lld = %.2f%%)     %8.1f ms\n", static_cast<long long>(all),
        100.0 * all / std::max<qint64>(n, 1), matchesMs);
    qint64 count = 0, emails = 0;
    const double countMs = timeMs([&] { count = store.count().value(); });
    const double familyMs
        = timeMs([&] { emails = store.count({QStringLiteral("emails")}).value(); });
    std::printf(
        "count() = %lld                     %8.2f ms\n", static_cast<long long>(count), countMs);
    std::printf(
        "count(emails) = %lld                %8.2f ms\n", static_cast<long long>(emails), familyMs);
    const double deepMs = timeMs([&] {
        const auto page
            = store.pageAfter(n / 2, 100, {QStringLiteral("calls"), QStringLiteral("missed")});
        Q_ASSERT(page);
    });
    std::printf(
        "filtered page after id %lld          %8.2f ms\n", static_cast<long long>(n) / 2, deepMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir temp(
        args.size() > 2 ? args.at(2) + QStringLiteral("/bench_store-XXXXXX") : QString());
    if (n <= 0 || !temp.isValid()) {
        std::fprintf(stderr, "usage: bench_store [events=1000000] [work-dir]\n");
        return 2;
    }
    std::printf("bench_store: %lld events, schema v%d, work dir %s\n", static_cast<long long>(n),
        SchemaMigrator::CurrentVersion, qPrintable(temp.path()));
    const QString storePath = temp.filePath(QStringLiteral("store.db"));
    double avgPayload = 0;
    double storeCpu = 0;
    const qint64 storeMs = insertThroughStore(storePath, n, avgPayload, storeCpu);
    if (storeMs < 0)
        return 1;
    std::printf("average payload %.0f bytes\n", avgPayload);
    printRate("EventStore::bulkInsert", n, storeMs);
    std::printf("  (batches of %d, %.1f s of CPU)\n", BatchSize, storeCpu);

    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        std::printf("sqlite3 not found (apt-get install -y sqlite3): comparison skipped\n");
    } else {
        const QString sqlPath = temp.filePath(QStringLiteral("events.sql"));
        if (!writeSqlFile(sqlPath, n))
            return 1;
        double shellCpu = 0;
        const qint64 shellMs
            = insertThroughShell(temp.filePath(QStringLiteral("shell.db")), sqlPath, shellCpu);
        if (shellMs < 0)
            return 1;
        printRate("sqlite3 shell, one SQL file", n, shellMs);
        std::printf("  (%.1f s of CPU; CPU ratio store / sqlite3 throughput %.2f)\n", shellCpu,
            shellCpu / std::max(storeCpu, 0.001));
        const double ratio = double(shellMs) / std::max<qint64>(storeMs, 1);
        std::printf("store / sqlite3 throughput ratio    %.2f   (target >= 0.80: %s)\n", ratio,
            ratio >= 0.8 ? "met" : "MISSED");
        QFile::remove(sqlPath);
        QFile::remove(temp.filePath(QStringLiteral("shell.db")));
    }
    measureQueries(storePath, n);
    return 0;
}
