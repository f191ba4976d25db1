// bench_replay: the replay engine (results stored) against `eventsmith-cli serve` in its own
// process, beside newman running the same set as a Postman collection and wrk posting the same
// bodies (the ceiling). Prints events/s and the ratios; --quick uses 500 events.

#include "core/common/systemclock.h"
#include "core/replay/qttimersource.h"
#include "core/replay/replayengine.h"
#include "core/replay/runjournal.h"
#include "core/replay/sendertransport.h"
#include "core/storage/eventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

namespace {

const QString Cli = QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith-cli");
const QString Path = QStringLiteral("/api/v2/analytics/webhook/receive/generic/emails");

QVector<ReplayEvent> makeEvents(int count, const QString &salt)
{
    QVector<ReplayEvent> events;
    for (int i = 0; i < count; ++i) {
        const QString body = QStringLiteral(
            R"({"eventTimestamp":"2024-02-03T10:%1:00Z","eventType":"sent","subject":"Bench %2 %3",)"
            R"("body":{"text":"Hello"},"from":{"email":"qa@example.com"},)"
            R"("to":[{"email":"lead%2@example.com"}]})")
                                 .arg(i % 60, 2, 10, QLatin1Char('0'))
                                 .arg(i)
                                 .arg(salt);
        events.append(
            {QStringLiteral("emails"), QStringLiteral("bench %1").arg(i), body.toUtf8(), {}, 0});
    }
    return events;
}

// CPU time of this process (all its threads), so a busy machine does not hide the engine's cost.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QProcess *startServe(quint16 *port)
{
    auto *serve = new QProcess;
    serve->setStandardOutputFile(QProcess::nullDevice());
    serve->setReadChannel(QProcess::StandardError);
    serve->start(Cli, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray err;
    const QRegularExpression line(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/"));
    for (int i = 0; i < 100 && *port == 0; ++i) {
        serve->waitForReadyRead(100);
        err += serve->readAllStandardError();
        const auto m = line.match(QString::fromUtf8(err));
        if (m.hasMatch())
            *port = quint16(m.captured(1).toUInt());
    }
    return serve;
}

double replayRate(const QVector<ReplayEvent> &events, quint16 port, int concurrency,
    EventStore &store, double *cpuUsPerEvent)
{
    RunStore runs = store.runs();
    RunJournal journal(runs);
    SenderTransport transport(SenderTransport::sendersFor(concurrency));
    QtTimerSource timers;
    ReplayEngine engine(transport, SystemClock::instance(), timers);
    engine.setJournal(&journal);
    SendRequest request;
    request.target.name = QStringLiteral("bench");
    request.target.urlTemplate
        = QStringLiteral("http://127.0.0.1:%1/api/v2/analytics/webhook/receive/generic/{eventType}")
              .arg(port);
    engine.setRequestTemplate(request);
    ReplayOptions options;
    options.concurrency = concurrency;
    qint64 passed = 0;
    QObject::connect(&engine, &ReplayEngine::finished, &engine,
        [&passed](ReplayEngine::Finish, const ReplayProgress &p) {
            passed = p.passed;
            QCoreApplication::exit(0);
        });
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds();
    if (!engine.start(
            events, options, RunRecord {0, 0, QStringLiteral("bench"), 0, QStringLiteral("bench")}))
        return 0;
    if (engine.state() != ReplayEngine::State::Finished)
        QCoreApplication::exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    *cpuUsPerEvent = 1e6 * (cpuSeconds() - cpuBefore) / events.size();
    if (passed != events.size())
        std::printf("  warning: %lld of %lld passed\n", passed, qint64(events.size()));
    return events.size() / seconds;
}

double newmanRate(const QVector<ReplayEvent> &events, quint16 port, const QString &dir)
{
    QJsonArray items;
    for (const ReplayEvent &e : events)
        items.append(QJsonObject {{QStringLiteral("name"), e.name},
            {QStringLiteral("request"),
                QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                    {QStringLiteral("header"),
                        QJsonArray {
                            QJsonObject {{QStringLiteral("key"), QStringLiteral("Content-Type")},
                                {QStringLiteral("value"), QStringLiteral("application/json")}}}},
                    {QStringLiteral("body"),
                        QJsonObject {{QStringLiteral("mode"), QStringLiteral("raw")},
                            {QStringLiteral("raw"), QString::fromUtf8(e.payload)}}},
                    {QStringLiteral("url"),
                        QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(Path)}}}});
    const QJsonObject collection {
        {QStringLiteral("info"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("bench")},
                {QStringLiteral("schema"),
                    QStringLiteral(
                        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json")}}},
        {QStringLiteral("item"), items}};
    const QString file = dir + QStringLiteral("/bench.postman_collection.json");
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(collection).toJson(QJsonDocument::Compact));
    out.close();
    const QString newman
        = QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/node/node_modules/.bin/newman");
    if (!QFile::exists(newman))
        return 0;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(newman,
        {QStringLiteral("run"), file, QStringLiteral("--reporters"), QStringLiteral("cli"),
            QStringLiteral("--silent")});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? events.size() / (clock.nsecsElapsed() / 1e9) : 0;
}

double wrkRate(const QVector<ReplayEvent> &events, quint16 port, const QString &dir)
{
    QFile bodies(dir + QStringLiteral("/bodies.txt"));
    bodies.open(QIODevice::WriteOnly);
    for (const ReplayEvent &e : events)
        bodies.write(e.payload + '\n');
    bodies.close();
    QProcess wrk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_BODIES"), bodies.fileName());
    wrk.setProcessEnvironment(env);
    wrk.start(QStringLiteral("wrk"),
        {QStringLiteral("-t2"), QStringLiteral("-c32"), QStringLiteral("-d5s"),
            QStringLiteral("-s"),
            QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/bench/bench_replay.lua"),
            QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(Path)});
    wrk.waitForFinished(-1);
    const auto m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)"))
                       .match(QString::fromUtf8(wrk.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int count = quick ? 500 : 5000;
    // --engine-only [N]: just the engine at concurrency N (all four without N), for profiling.
    const qsizetype engineOnly = args.indexOf(QStringLiteral("--engine-only"));
    QList<int> levels {6, 12, 24, 48};
    if (engineOnly >= 0 && engineOnly + 1 < args.size())
        levels = {args.at(engineOnly + 1).toInt()};
    QTemporaryDir dir;
    quint16 port = 0;
    std::unique_ptr<QProcess> serve(startServe(&port));
    if (port == 0) {
        std::fprintf(stderr, "could not start eventsmith-cli serve\n");
        return 1;
    }
    EventStore store;
    if (const auto opened = store.open(dir.filePath(QStringLiteral("bench.db"))); !opened) {
        std::fprintf(stderr, "could not open the store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::printf("bench_replay: %d events against eventsmith-cli serve on port %u\n", count, port);
    double best = 0;
    int bestConcurrency = 0;
    for (int concurrency : std::as_const(levels)) {
        double cpuUs = 0;
        const double rate = replayRate(
            makeEvents(count, QString::number(concurrency)), port, concurrency, store, &cpuUs);
        std::printf("  replay engine, concurrency %2d (%d senders): %8.0f events/s  (%.0f us CPU "
                    "per event)\n",
            concurrency, SenderTransport::sendersFor(concurrency), rate, cpuUs);
        if (rate > best) {
            best = rate;
            bestConcurrency = concurrency;
        }
    }
    if (engineOnly >= 0) {
        serve->terminate();
        serve->waitForFinished();
        return 0;
    }
    const QVector<ReplayEvent> events = makeEvents(count, QStringLiteral("tools"));
    const double newman = newmanRate(events, port, dir.path());
    const double wrk = wrkRate(events, port, dir.path());
    std::printf("  newman (Postman collection v2.1):        %8.0f events/s\n", newman);
    std::printf("  wrk (same bodies, 32 connections):       %8.0f requests/s\n", wrk);
    std::printf("best engine (concurrency %d): %.0f events/s = %.1fx newman (target >= 30x), "
                "%.0f%% of wrk (target >= 20%%)\n",
        bestConcurrency, best, newman > 0 ? best / newman : 0, wrk > 0 ? 100 * best / wrk : 0);
    serve->terminate();
    serve->waitForFinished();
    return 0;
}
