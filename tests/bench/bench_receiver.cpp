// Throughput of the local receiver (lenient: parse, validate, dedup, inbox) next to a plain
// QHttpServer route that only parses JSON (the ceiling), both measured with wrk on 127.0.0.1.
// The two are run alternately for a few rounds and the best of each is compared, because on a
// shared machine one slow round says more about the neighbours than about the server.
// Usage: bench_receiver [--quick] [--rounds 3] [--duration 5s] [--connections 32] [--threads 2]

#include "core/json/jsonparser.h"
#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <simdjson.h>

namespace {

struct WrkResult
{
    bool ok = false;
    double requestsPerSec = 0;
    qint64 requests = 0;
    double serverCpuMs = 0; // CPU this process (the server side) spent while wrk ran
    QString summary; // the lines of wrk's output worth showing
};

struct ReceiverBenchOptions
{
    QString duration = QStringLiteral("5s");
    int connections = 32;
    int threads = 2;
    int rounds = 3;
    QString payload;
};

// Runs wrk without blocking: the servers live in this thread and must keep serving meanwhile.
WrkResult runWrk(const QUrl &url, const ReceiverBenchOptions &options)
{
    QProcess wrk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_PAYLOAD"), options.payload);
    wrk.setProcessEnvironment(env);
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&wrk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    wrk.start(QStringLiteral("wrk"),
        {QStringLiteral("-t%1").arg(options.threads),
            QStringLiteral("-c%1").arg(options.connections),
            QStringLiteral("-d%1").arg(options.duration), QStringLiteral("-s"),
            QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/bench/bench_receiver.lua"),
            url.toString()});
    const std::clock_t cpuStart = std::clock();
    loop.exec();
    WrkResult result;
    result.serverCpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    const QString output = QString::fromLocal8Bit(wrk.readAll());
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(output);
    result.ok = wrk.exitStatus() == QProcess::NormalExit && wrk.exitCode() == 0 && match.hasMatch();
    result.requestsPerSec = match.captured(1).toDouble();
    const QRegularExpressionMatch total
        = QRegularExpression(QStringLiteral("(\\d+) requests in")).match(output);
    result.requests = total.captured(1).toLongLong();
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("requests in")) || line.contains(QLatin1String("errors"))
            || line.contains(QLatin1String("Non-2xx")) || line.contains(QLatin1String("Latency")))
            result.summary += QStringLiteral("    ") + line.trimmed() + QLatin1Char('\n');
    }
    if (result.requests > 0)
        result.summary += QStringLiteral("    server CPU per request: %1 us\n")
                              .arg(result.serverCpuMs * 1000.0 / result.requests, 0, 'f', 1);
    if (!result.ok)
        result.summary += wrk.errorString() + QLatin1Char('\n') + output;
    return result;
}

// The ceiling: what QHttpServer 6.4 does when a route only parses the body.
quint16 startParseOnlyServer(QHttpServer &server, JsonParser &parser)
{
    server.route(QStringLiteral("/parse"),
        [&parser](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QByteArray body = request.body();
            simdjson::dom::element root;
            JsonError error;
            const bool ok = parser.parse(
                std::string_view(body.constData(), size_t(body.size())), &root, &error);
            responder.write(ok ? QByteArrayLiteral("{\"received\":true}")
                               : QByteArrayLiteral("{\"message\":\"not JSON\"}"),
                QByteArrayLiteral("application/json"),
                ok ? QHttpServerResponder::StatusCode::Ok
                   : QHttpServerResponder::StatusCode::BadRequest);
        });
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 0;
    server.bind(tcp);
    return tcp->serverPort();
}

void printResult(const char *label, const WrkResult &result)
{
    std::printf("%-52s %10.0f req/s\n%s", label, result.requestsPerSec, qPrintable(result.summary));
}

ReceiverBenchOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Receiver throughput with wrk"));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("duration"), QStringLiteral("wrk -d"), QStringLiteral("time"),
        QStringLiteral("5s")});
    cli.addOption({QStringLiteral("connections"), QStringLiteral("wrk -c"), QStringLiteral("n"),
        QStringLiteral("32")});
    cli.addOption({QStringLiteral("threads"), QStringLiteral("wrk -t"), QStringLiteral("n"),
        QStringLiteral("2")});
    cli.addOption({QStringLiteral("rounds"), QStringLiteral("alternate runs of each"),
        QStringLiteral("n"), QStringLiteral("3")});
    cli.addOption(
        {QStringLiteral("quick"), QStringLiteral("one 2 s round (scripts/bench --quick)")});
    cli.process(app);
    ReceiverBenchOptions options;
    const bool quick = cli.isSet(QStringLiteral("quick")) && !cli.isSet(QStringLiteral("duration"));
    options.duration = quick ? QStringLiteral("2s") : cli.value(QStringLiteral("duration"));
    options.connections = cli.value(QStringLiteral("connections")).toInt();
    options.threads = cli.value(QStringLiteral("threads")).toInt();
    options.rounds = quick ? 1 : std::max(1, cli.value(QStringLiteral("rounds")).toInt());
    options.payload = QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/data/receiver/emails.json");
    return options;
}

int compare(Receiver &receiver, const QUrl &ceilingUrl, const ReceiverBenchOptions &options)
{
    WrkResult bestFull;
    WrkResult bestParse;
    for (int round = 1; round <= options.rounds; ++round) {
        std::printf("-- round %d of %d\n", round, options.rounds);
        const WrkResult full = runWrk(receiver.endpointUrl(QStringLiteral("emails")), options);
        printResult("receiver (lenient: parse, validate, dedup, inbox):", full);
        const WrkResult parseOnly = runWrk(ceilingUrl, options);
        printResult("parse-only QHttpServer route (ceiling):", parseOnly);
        if (!full.ok || !parseOnly.ok || parseOnly.requestsPerSec <= 0)
            return 1;
        if (full.requestsPerSec > bestFull.requestsPerSec)
            bestFull = full;
        if (parseOnly.requestsPerSec > bestParse.requestsPerSec)
            bestParse = parseOnly;
    }
    const FamilyCounts counts = receiver.stats().total();
    std::printf("receiver counted: %lld accepted, %lld duplicates, %lld rejected\n",
        counts.accepted, counts.duplicates, counts.rejected);
    std::printf("best: receiver %.0f req/s, ceiling %.0f req/s, ratio %.2f\n",
        bestFull.requestsPerSec, bestParse.requestsPerSec,
        bestFull.requestsPerSec / bestParse.requestsPerSec);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ReceiverBenchOptions options = parseOptions(app);
    Result<SchemaSet> schemas = SchemaSet::loadBuiltIn();
    if (!schemas.ok()) {
        std::fprintf(stderr, "schemas: %s\n", qPrintable(schemas.error().message));
        return 1;
    }
    Receiver receiver(schemas.takeValue());
    JsonParser parser;
    QHttpServer ceiling;
    const Result<quint16> port = receiver.start();
    const quint16 ceilingPort = startParseOnlyServer(ceiling, parser);
    if (!port.ok() || ceilingPort == 0) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    const qint64 payloadSize = QFile(options.payload).size();
    std::printf("wrk -t%d -c%d -d%s, POST %lld-byte emails payload (same payload: all but the "
                "first are duplicates)\n",
        options.threads, options.connections, qPrintable(options.duration), payloadSize);

    const QUrl ceilingUrl(QStringLiteral("http://127.0.0.1:%1/parse").arg(ceilingPort));
    return compare(receiver, ceilingUrl, options);
}
