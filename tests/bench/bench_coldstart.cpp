// bench_coldstart [--events N] [--runs R]: the real `eventsmith --store FILE` (offscreen) from
// process start to the first painted main window, and its peak RSS, on a store of N events
// (default 1,000,000; generated once with bulkInsert and kept under the build dir). Beside it,
// in the same run: the same launch on an empty store, a minimal Qt window (this program with
// --minimal-window), and `sqlite3 FILE 'select count(*) from events'`. Targets: < 0.5 s, < 150 MB.
#include "core/storage/eventstore.h"

#include "tests/bench/benchevents.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

namespace {

struct Launch
{
    double ms = 0; // spawn to the line the process prints (or to exit when it prints none)
    long peakKb = 0;
    bool ok = false;
};

long highWaterKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Runs argv with stdout on a pipe; stops the clock at the first output line, then reaps the
// child with wait4() for its peak RSS.
Launch launch(const std::vector<std::string> &args)
{
    std::vector<char *> argv;
    for (const std::string &arg : args)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return {};
    }
    Launch result;
    char c = 0;
    while (read(fds[0], &c, 1) == 1 && c != '\n') { }
    result.ms = clock.nsecsElapsed() / 1e6;
    result.peakKb = highWaterKb(pid); // while it quits; ru_maxrss would include this process
    while (read(fds[0], &c, 1) == 1) { }
    close(fds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    if (result.peakKb == 0)
        result.peakKb = usage.ru_maxrss;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return result;
}

bool makeStore(const QString &path, qint64 events)
{
    EventStore probe;
    if (QFile::exists(path) && probe.open(path) && probe.count().value() == events)
        return true;
    probe.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    EventStore store;
    if (!store.open(path))
        return false;
    BenchEvents::EventFactory factory;
    std::fprintf(stderr, "generating %lld events in %s (once)\n", events, qPrintable(path));
    for (qint64 i = 0; i < events;) {
        QList<StoredEvent> batch;
        for (int n = 0; n < 10000 && i < events; ++n, ++i)
            batch << factory.make(i);
        if (!store.bulkInsert(batch))
            return false;
    }
    return true;
}

int minimalWindow(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    struct Window final : QWidget
    {
        QElapsedTimer *clock = nullptr;
        void paintEvent(QPaintEvent *) override
        {
            static bool done = false;
            if (done)
                return;
            done = true;
            std::printf("first-paint-ms %.1f\n", clock->nsecsElapsed() / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    } window;
    window.clock = &clock;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

struct Row
{
    std::string name;
    std::vector<std::string> args;
    std::vector<Launch> runs;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// A copy of the seeded empty store with `count` composer tabs open, each a sample payload with
// unsaved text, as a user who quit with many drafts has.
bool makeTabsStore(const QString &seeded, const QString &path, int count)
{
    QFile::remove(path);
    if (!QFile::copy(seeded, path))
        return false;
    EventStore store;
    if (!store.open(path))
        return false;
    const auto events = store.pageAfter(0, count);
    if (!events || events.value().isEmpty())
        return false;
    DraftStore drafts = store.drafts();
    for (int i = 0; i < count; ++i) {
        const StoredEvent &event = events.value().at(i % events.value().size());
        StoredDraft draft;
        draft.eventId = event.id;
        draft.name = event.name;
        draft.text = event.payload + QStringLiteral(" ");
        draft.dirty = true;
        draft.position = i;
        draft.current = i == count - 1;
        if (!drafts.write(draft))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--minimal-window") == 0)
            return minimalWindow(argc, argv);
    qint64 events = 1000000;
    int runs = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--events") == 0)
            events = QByteArray(argv[++i]).toLongLong();
        else if (qstrcmp(argv[i], "--runs") == 0)
            runs = QByteArray(argv[++i]).toInt();
    }
    const QString dir = QStringLiteral(EVENTSMITH_BINARY_DIR "/bench-data");
    QDir().mkpath(dir);
    const QString big = dir + QStringLiteral("/coldstart-%1.db").arg(events);
    const QString empty = dir + QStringLiteral("/coldstart-empty.db");
    QFile::remove(empty);
    if (!makeStore(big, events)) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(big));
        return 1;
    }
    qputenv("EVENTSMITH_EXIT_AFTER_FIRST_PAINT", "1");
    const std::string app = EVENTSMITH_APP;
    std::vector<Row> rows {
        {QStringLiteral("eventsmith, %L1 events").arg(events).toStdString(),
            {app, "--store", big.toStdString(), "--port", "0"}, {}},
        {"eventsmith, empty store", {app, "--store", empty.toStdString(), "--port", "0"}, {}},
        {"minimal Qt window", {argv[0], "--minimal-window"}, {}},
        {"sqlite3 count(*)", {"sqlite3", big.toStdString(), "select count(*) from events"}, {}},
    };
    launch(rows[1].args); // first start seeds the samples: not a cold start of an empty store
    const QString tabs = dir + QStringLiteral("/coldstart-20-tabs.db");
    if (!makeTabsStore(empty, tabs, 20)) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(tabs));
        return 1;
    }
    rows.push_back(
        {"eventsmith, 20 tabs restored", {app, "--store", tabs.toStdString(), "--port", "0"}, {}});
    for (int run = 0; run < runs; ++run)
        for (Row &row : rows)
            row.runs.push_back(launch(row.args));
    std::printf("%-30s %12s %12s %12s\n", "launch (median of runs)", "to paint ms", "peak RSS MB",
        "all ok");
    std::vector<double> medians;
    std::vector<double> peaks;
    for (const Row &row : rows) {
        std::vector<double> ms;
        long peak = 0;
        bool ok = true;
        for (const Launch &l : row.runs) {
            ms.push_back(l.ms);
            peak = std::max(peak, l.peakKb);
            ok = ok && l.ok;
        }
        medians.push_back(median(ms));
        peaks.push_back(peak / 1024.0);
        std::printf("%-30s %12.1f %12.1f %12s\n", row.name.c_str(), medians.back(), peaks.back(),
            ok ? "yes" : "NO");
    }
    std::printf("ratios of the full-store start: %.2fx the empty store, %.2fx a minimal Qt window, "
                "%.2fx sqlite3 count(*); memory %.2fx the empty store\n",
        medians[0] / medians[1], medians[0] / medians[2], medians[0] / medians[3],
        peaks[0] / peaks[1]);
    std::printf("20 restored tabs add %.1f ms to the empty store's start (target < 100 ms: %s)\n",
        medians[4] - medians[1], medians[4] - medians[1] < 100 ? "met" : "MISSED");
    const bool fast = medians[0] < 500;
    const bool small = peaks[0] < 150;
    std::printf("targets: start < 500 ms: %s (%.0f ms); peak RSS < 150 MB: %s (%.0f MB)\n",
        fast ? "met" : "MISSED", medians[0], small ? "met" : "MISSED", peaks[0]);
    return fast && small ? 0 : 1;
}
