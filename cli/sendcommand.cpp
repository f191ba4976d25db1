#include "cli/sendcommand.h"

#include "cli/commandline.h"
#include "cli/jsonwriter.h"
#include "cli/schemaloader.h"
#include "cli/storeoption.h"
#include "cli/templateoptions.h"
#include "core/common/commonerrors.h"
#include "core/net/sendhistoryrecord.h"
#include "core/net/targetresolver.h"

#include "core/io/inputreader.h"
#include "core/net/secretstore.h"
#include "core/net/sender.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

namespace {

// One event to post, read from the inputs before anything is sent.
struct Outgoing
{
    QString source;
    QString family;
    QByteArray body;
    int errorFindings = 0;
    bool templatesResolved = false;
    QString problem; // why it cannot be sent (not JSON, no family, unknown template variable)
};

QString yesNo(std::optional<bool> value)
{
    return !value ? QStringLiteral("-") : *value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString textLine(const Outgoing &event, const SendResult &r)
{
    if (!r.transportOk())
        return QStringLiteral("%1: %2: %3\n")
            .arg(event.source, SendResult::errorKindName(r.errorKind), r.errorMessage);
    const auto &e = r.envelope;
    QString line
        = QStringLiteral("%1: %2 %3  requestId=%4  duplicate=%5  shouldProcess=%6  %7 ms")
              .arg(event.source)
              .arg(r.status)
              .arg(r.reason, e ? e->requestId : QStringLiteral("-"),
                  yesNo(e ? std::optional<bool>(e->duplicate.value_or(false)) : std::nullopt),
                  yesNo(e ? e->shouldProcess : std::nullopt))
              .arg(r.totalMs);
    if (e && !e->message.isEmpty() && !r.ok())
        line += QStringLiteral("  message=\"%1\"").arg(e->message);
    if (event.templatesResolved)
        line += QStringLiteral("  (templates resolved)");
    if (event.errorFindings > 0)
        line += QStringLiteral("  (sent with %1 error finding%2)")
                    .arg(event.errorFindings)
                    .arg(event.errorFindings == 1 ? QString() : QStringLiteral("s"));
    return line + QLatin1Char('\n');
}

void writeJson(JsonWriter &json, const Outgoing &event, const SendResult &r)
{
    json.beginObject();
    json.key("source").value(event.source);
    json.key("family").value(event.family);
    json.key("url").value(r.url);
    json.key("status").value(r.status);
    json.key("ok").value(r.ok());
    json.key("error").value(r.transportOk() ? QString() : SendResult::errorKindName(r.errorKind));
    json.key("errorMessage").value(r.errorMessage);
    json.key("requestId").value(r.envelope ? r.envelope->requestId : QString());
    json.key("duplicate").value(r.envelope && r.envelope->duplicate.value_or(false));
    json.key("shouldProcess");
    r.envelope &&r.envelope->shouldProcess ? json.value(*r.envelope->shouldProcess) : json.null();
    json.key("message").value(r.envelope ? r.envelope->message : QString());
    json.key("firstRequestId").value(r.envelope ? r.envelope->firstRequestId : QString());
    json.key("totalMs").value(r.totalMs);
    json.key("errorFindings").value(event.errorFindings);
    json.key("templatesResolved").value(event.templatesResolved);
    json.key("response").value(QString::fromUtf8(r.responseBody));
    json.endObject();
}

// Resolves the body's template variables ({{seq}} = position among the events sent, from 1);
// an unknown or unset variable makes it unsendable rather than sent with "{{...}}" in it.
void resolveTemplates(Outgoing &out, TemplateResolver &resolver, qint64 seq)
{
    if (!out.body.contains("{{"))
        return;
    resolver.setSeq(seq);
    Findings findings;
    out.body = resolver.resolveJson(out.body, &findings);
    out.templatesResolved = true;
    if (!findings.isEmpty())
        out.problem = QStringLiteral("%1 at %2 (line %3, column %4 of the payload)")
                          .arg(findings.first().message, findings.first().path)
                          .arg(findings.first().line)
                          .arg(findings.first().column);
}

QList<Outgoing> readInputs(const QStringList &inputs, const QString &forcedFamily,
    const Validator &validator, TemplateResolver &resolver, QString *error)
{
    QList<Outgoing> events;
    for (const QString &input : inputs) {
        auto read = InputReader::read(input, [&](const InputEvent &in) {
            Outgoing out;
            out.source = in.source;
            if (!in.parsed) {
                out.problem = QStringLiteral("not JSON: %1").arg(in.error.message);
                events.append(out);
                return;
            }
            const std::string_view body = in.payloadText;
            out.body = QByteArray(body.data(), static_cast<qsizetype>(body.size()));
            resolveTemplates(out, resolver, events.size() + 1);
            const QString family = in.family.isEmpty() ? forcedFamily : in.family;
            const PayloadCheck check = out.templatesResolved
                ? PayloadCheck::checkText(validator, family,
                    std::string_view(out.body.constData(), size_t(out.body.size())))
                : in.check(validator, family);
            out.family = check.family;
            for (const Finding &f : check.findings)
                out.errorFindings += f.severity == Severity::Error;
            if (out.family.isEmpty() && out.problem.isEmpty())
                out.problem = check.familyReason;
            events.append(out);
        });
        if (!read) {
            *error = read.error().message;
            return {};
        }
    }
    return events;
}

void addOptions(CommandLine &cli)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("target"),
            QStringLiteral("A URL (with {eventType} where the family goes), a saved target's name, "
                           "or 'local'."),
            QStringLiteral("target")},
        {QStringLiteral("family"),
            QStringLiteral("Family of bare payloads (detected when omitted)."),
            QStringLiteral("family")},
        {QStringLiteral("api-key-env"),
            QStringLiteral("Read the API key from this environment variable."),
            QStringLiteral("name")},
        {QStringLiteral("auth"),
            QStringLiteral(
                "Send the key as a header (default) or as a query parameter: header|query."),
            QStringLiteral("mode")},
        {QStringLiteral("timeout"), QStringLiteral("Give up after this many ms without progress."),
            QStringLiteral("ms")},
        {QStringLiteral("format"), QStringLiteral("Output: text (default) or json."),
            QStringLiteral("format"), QStringLiteral("text")},
        {QStringLiteral("no-history"), QStringLiteral("Do not record the sends in the store.")},
        {QStringLiteral("header"),
            QStringLiteral("An extra header, \"Name: value\" (repeatable; replaces the target's "
                           "header of that name)."),
            QStringLiteral("header")},
    };
    for (const QCommandLineOption &option : options)
        cli.addOption(option);
    cli.addOption(StoreOption::option());
    cli.addOption(SchemaLoader::option());
    TemplateOptions::add(cli);
}

// The target named on the command line with the --auth, --timeout and --api-key-env overrides.
Result<TargetConfig> targetFor(const CommandLine &cli, EventStore *store)
{
    Result<TargetConfig> target
        = TargetResolver::resolve(cli.value(QStringLiteral("target")), store);
    if (!target)
        return target;
    TargetConfig config = target.takeValue();
    const QString auth = cli.value(QStringLiteral("auth"));
    if (!auth.isEmpty() && auth != QLatin1String("header") && auth != QLatin1String("query"))
        return Error {CommonErrors::Usage, QStringLiteral("--auth must be header or query")};
    if (const auto format
        = cli.choice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")});
        !format)
        return format.error();
    if (!auth.isEmpty())
        config.authMode = auth == QLatin1String("query") ? TargetConfig::AuthMode::Query
                                                         : TargetConfig::AuthMode::Header;
    const auto timeout = cli.integer(QStringLiteral("timeout"), 0, 1, 3600000);
    if (!timeout)
        return timeout.error();
    if (cli.isSet(QStringLiteral("timeout")))
        config.transferTimeoutMs = config.deadlineMs = int(timeout.value());
    if (cli.isSet(QStringLiteral("api-key-env"))) {
        config.keySource = TargetConfig::KeySource::Environment;
        config.envVar = cli.value(QStringLiteral("api-key-env"));
    }
    const auto headers = cli.headers(QStringLiteral("header"));
    if (!headers)
        return headers.error();
    config.extraHeaders += headers.value(); // a later name replaces an earlier one
    return config;
}

QString apiKeyFor(const TargetConfig &config, const CliIo &io)
{
    SecretStore secrets;
    const auto resolved = secrets.resolveKey(config);
    if (resolved)
        return resolved.value().key;
    io.printError(
        QStringLiteral("note: sending without an API key: %1\n").arg(resolved.error().message));
    return QString();
}

// Counts of what happened, and the exit code they mean (README, "Command line").
struct SendTotals
{
    int sent = 0, failed = 0, unreachable = 0, skipped = 0;

    int exitCode() const
    {
        if (sent > 0 && unreachable == sent)
            return ExitCode::Network;
        if (skipped > 0)
            return ExitCode::Usage;
        return failed > 0 ? ExitCode::Findings : ExitCode::Ok;
    }
};

SendTotals sendAll(const QList<Outgoing> &events, const TargetConfig &config, const QString &apiKey,
    HistoryStore *history, JsonWriter *json, const CliIo &io)
{
    Sender sender;
    SendTotals totals;
    for (const Outgoing &event : events) {
        if (!event.problem.isEmpty()) {
            ++totals.skipped;
            io.printError(QStringLiteral("%1: not sent: %2\n").arg(event.source, event.problem));
            continue;
        }
        const SendResult result = sender.sendAndWait({config, event.family, event.body, apiKey, 0});
        ++totals.sent;
        totals.failed += !result.ok();
        totals.unreachable += !result.transportOk() && result.status == 0
            && result.errorKind != SendResult::ErrorKind::Timeout;
        // The history is a convenience: a send that worked is not failed for it.
        if (history)
            static_cast<void>(history->append(SendHistoryRecord::from(config.name, result)));
        if (json)
            writeJson(*json, event, result);
        else
            io.out->write(textLine(event, result).toUtf8());
    }
    return totals;
}

} // namespace

int SendCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
        QStringLiteral("inputs A payload file, a set file, an NDJSON file, or -."));
    addOptions(cli);
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    if (!cli.isSet(QStringLiteral("target")))
        return cli.usageError(io, QStringLiteral("--target is required"));
    if (cli.positional().isEmpty())
        return cli.usageError(io, QStringLiteral("give a file to send (or -)"));
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    const bool keepHistory = !cli.isSet(QStringLiteral("no-history"));
    std::unique_ptr<EventStore> store;
    if (keepHistory || !cli.value(QStringLiteral("target")).contains(QLatin1String("://")))
        store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    const Result<TargetConfig> config = targetFor(cli, store.get());
    if (!config)
        return cli.usageError(io, config.error().message);

    TemplateOptions templates;
    if (const int code = templates.read(cli, io); code >= 0)
        return code;
    templates.resolver().allowEnvironment(
        TemplateOptions::allowedEnvironment(cli) + config.value().templateEnvironment);
    QString readError;
    const Validator validator(*schemas);
    const QList<Outgoing> events = readInputs(cli.positional(), cli.value(QStringLiteral("family")),
        validator, templates.resolver(), &readError);
    if (!readError.isEmpty()) {
        io.printError(QStringLiteral("error: %1\n").arg(readError));
        return ExitCode::Usage;
    }
    std::optional<HistoryStore> history;
    if (store && keepHistory)
        history.emplace(store->history());
    QByteArray buffer;
    JsonWriter json(buffer);
    const bool asJson = cli.value(QStringLiteral("format")) == QLatin1String("json");
    if (asJson)
        json.beginObject().key("results").beginArray();
    const SendTotals totals = sendAll(events, config.value(), apiKeyFor(config.value(), io),
        history ? &*history : nullptr, asJson ? &json : nullptr, io);
    if (asJson) {
        json.endArray().key("summary").beginObject();
        json.key("sent").value(totals.sent).key("failed").value(totals.failed);
        json.key("skipped").value(totals.skipped).endObject().endObject();
        io.out->write(buffer + '\n');
    } else {
        io.print(QStringLiteral("%1 sent, %2 not 2xx, %3 not sent\n")
                     .arg(totals.sent)
                     .arg(totals.failed)
                     .arg(totals.skipped));
    }
    return totals.exitCode();
}
