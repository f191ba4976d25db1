#include "cli/servecommand.h"

#include "cli/commandline.h"
#include "cli/receiverkey.h"
#include "cli/schemaloader.h"
#include "cli/signalwatcher.h"
#include "cli/storeoption.h"
#include "core/common/commonerrors.h"
#include "core/net/targetresolver.h"

#include "core/library/receivedeventwriter.h"
#include "core/receiver/receiver.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

// How long one received event may wait for another writer before it is answered 503.
constexpr int storeBusyTimeoutMs = 2000;

void addOptions(CommandLine &cli)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("port"),
            QStringLiteral("Port on 127.0.0.1 (default %1; 0 picks a free one).")
                .arg(TargetResolver::DefaultReceiverPort),
            QStringLiteral("n")},
        {QStringLiteral("strict"),
            QStringLiteral("Answer 400 with the findings when a payload has errors.")},
        {QStringLiteral("latency"), QStringLiteral("Add latency: MS or MIN-MAX."),
            QStringLiteral("ms")},
        {QStringLiteral("fail-rate"), QStringLiteral("Fraction of requests answered 500."),
            QStringLiteral("f")},
        {QStringLiteral("rate-limit-rate"), QStringLiteral("Fraction of requests answered 429."),
            QStringLiteral("f")},
        {QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds on 429 (default 1)."),
            QStringLiteral("s")},
        {QStringLiteral("drop-rate"),
            QStringLiteral("Fraction of connections closed without an answer."),
            QStringLiteral("f")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fault draws (reproducible runs)."),
            QStringLiteral("n")},
        {QStringLiteral("body-limit"), QStringLiteral("Largest body in bytes (default 10 MB)."),
            QStringLiteral("bytes")},
        {QStringLiteral("idle-timeout"),
            QStringLiteral("Close a connection idle this long (default 60 s)."),
            QStringLiteral("s")},
        {QStringLiteral("request-timeout"),
            QStringLiteral("Answer 408 and close when a request is not sent within this "
                           "(default 30 s; a body may pause this long between reads)."),
            QStringLiteral("s")},
        {QStringLiteral("format"), QStringLiteral("One line per request: text (default) or json."),
            QStringLiteral("format"), QStringLiteral("text")},
    };
    for (const QCommandLineOption &option : options)
        cli.addOption(option);
    cli.addOption(QCommandLineOption(QStringLiteral("store"),
        QStringLiteral("Also keep every accepted event in this store."), QStringLiteral("file")));
    cli.addOption(SchemaLoader::option());
    ReceiverKey::addOptions(cli);
}

Result<ReceiverSettings> readSettings(const CommandLine &cli)
{
    ReceiverSettings s;
    const auto port
        = cli.integer(QStringLiteral("port"), TargetResolver::DefaultReceiverPort, 0, 65535);
    const auto failRate = cli.number(QStringLiteral("fail-rate"), 0, 0, 1);
    const auto rateLimitRate = cli.number(QStringLiteral("rate-limit-rate"), 0, 0, 1);
    const auto dropRate = cli.number(QStringLiteral("drop-rate"), 0, 0, 1);
    const auto retryAfter
        = cli.integer(QStringLiteral("retry-after"), s.faults.retryAfterSeconds, 0, 86400);
    const auto seed = cli.integer(QStringLiteral("seed"), s.seed, 0, 0xffffffffLL);
    const auto bodyLimit
        = cli.integer(QStringLiteral("body-limit"), s.bodyLimit, 1, qint64(1) << 40);
    const auto idleTimeout
        = cli.number(QStringLiteral("idle-timeout"), s.idleTimeoutMs / 1000.0, 0.01, 86400);
    const auto requestTimeout
        = cli.number(QStringLiteral("request-timeout"), s.requestTimeoutMs / 1000.0, 0.01, 86400);
    const auto format
        = cli.choice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
    for (const Error &error : {port.error(), failRate.error(), rateLimitRate.error(),
             dropRate.error(), retryAfter.error(), seed.error(), bodyLimit.error(),
             idleTimeout.error(), requestTimeout.error(), format.error()})
        if (!error.code.isEmpty())
            return error;
    s.port = static_cast<quint16>(port.value());
    s.mode = cli.isSet(QStringLiteral("strict")) ? ReceiverMode::Strict : ReceiverMode::Lenient;
    if (cli.isSet(QStringLiteral("latency"))) {
        auto latency = FaultSettings::parseLatency(cli.value(QStringLiteral("latency")));
        if (!latency)
            return latency.error();
        s.faults.latencyMinMs = latency.value().first;
        s.faults.latencyMaxMs = latency.value().second;
    }
    s.faults.serverErrorRate = failRate.value();
    s.faults.rateLimitRate = rateLimitRate.value();
    s.faults.dropRate = dropRate.value();
    s.faults.retryAfterSeconds = int(retryAfter.value());
    s.seed = quint32(seed.value());
    s.bodyLimit = bodyLimit.value();
    s.idleTimeoutMs = qRound(idleTimeout.value() * 1000);
    s.requestTimeoutMs = qRound(requestTimeout.value() * 1000);
    return s;
}

QString summaryText(const ReceiverStats &stats)
{
    QString text = QStringLiteral("\nfamily     accepted  duplicates  rejected  faulted\n");
    for (auto it = stats.families.cbegin(); it != stats.families.cend(); ++it)
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), -10)
                    .arg(it->accepted, 8)
                    .arg(it->duplicates, 11)
                    .arg(it->rejected, 9)
                    .arg(it->faulted, 8);
    const FamilyCounts total = stats.total();
    text += QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(QStringLiteral("total"), -10)
                .arg(total.accepted, 8)
                .arg(total.duplicates, 11)
                .arg(total.rejected, 9)
                .arg(total.faulted, 8);
    return text;
}

} // namespace

QString ServeCommand::requestLine(const ReceivedRequest &r)
{
    QString what = r.family.isEmpty() ? QStringLiteral("-") : r.family;
    if (!r.subType.isEmpty())
        what += QLatin1Char('/') + r.subType;
    QString line = QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(r.receivedAt.toUTC().toString(Qt::ISODateWithMs), r.method)
                       .arg(r.status == 0 ? QStringLiteral("dropped") : QString::number(r.status))
                       .arg(what, r.path);
    if (r.duplicate)
        line += QStringLiteral(" duplicate");
    if (r.fault != ReceiverFault::None)
        line += QStringLiteral(" fault=%1").arg(ReceivedRequest::faultName(r.fault));
    if (!r.findings.isEmpty())
        line += QStringLiteral(" findings=%1").arg(r.findings.size());
    return line + QLatin1Char('\n');
}

int ServeCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(), QString());
    addOptions(cli);
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    Result<ReceiverSettings> settings = readSettings(cli);
    if (!settings)
        return cli.usageError(io, settings.error().message);
    const Result<QString> key = ReceiverKey::read(cli, io);
    if (!key)
        return cli.usageError(io, key.error().message);
    settings.value().apiKey = key.value();
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    // Received events are written from a thread of their own: a busy store never stalls the
    // receiver, and an event is answered 200 only once it is stored (503 when it cannot be).
    std::unique_ptr<ReceivedEventWriter> writer;
    if (cli.isSet(QStringLiteral("store"))) {
        QString path = cli.value(QStringLiteral("store"));
        if (path.isEmpty())
            path = StoreOption::defaultPath();
        writer = std::make_unique<ReceivedEventWriter>(*schemas);
        if (const auto opened = writer->open(path, storeBusyTimeoutMs); !opened) {
            io.printError(
                QStringLiteral("error: store %1: %2\n").arg(path, opened.error().message));
            return ExitCode::Usage;
        }
    }

    Receiver receiver(*schemas, settings.value());
    if (writer)
        receiver.setKeeper([&io, &writer](const ReceivedRequest &r, Receiver::Done done) {
            if (r.duplicate) { // stores nothing; answered once its first copy is kept
                writer->afterPendingWrites(std::move(done));
                return;
            }
            writer->write(r, [&io, r, done](const QString &problem) {
                if (!problem.isEmpty())
                    io.printError(QStringLiteral("error: not stored (answered 503): %1 %2\n")
                                      .arg(r.requestId, problem));
                done(problem);
            });
        });
    const Result<quint16> port = receiver.start();
    if (!port) {
        io.printError(QStringLiteral("error: %1\n").arg(port.error().message));
        return ExitCode::Network;
    }
    const bool asJson = cli.value(QStringLiteral("format")) == QLatin1String("json");
    io.printError(
        QStringLiteral("Receiving on %1 (mode %2%3). Ctrl-C stops.\n")
            .arg(QStringLiteral("http://127.0.0.1:%1/api/v2/analytics/webhook/receive/"
                                "generic/{eventType}")
                     .arg(port.value()),
                ReceiverSettings::modeName(settings.value().mode),
                settings.value().apiKey.isEmpty() ? QString()
                                                  : QStringLiteral(", API key required")));
    QObject::connect(
        &receiver, &Receiver::requestReceived, &receiver, [&](const ReceivedRequest &r) {
            io.out->write(asJson ? QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n'
                                 : requestLine(r).toUtf8());
            io.flushOut(); // each line as it happens, even into a pipe or a file
        });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    receiver.stop();
    io.printError(summaryText(receiver.stats()));
    return ExitCode::Ok;
}
