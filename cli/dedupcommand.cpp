#include "cli/dedupcommand.h"

#include "cli/commandline.h"
#include "cli/eventscan.h"
#include "cli/jsonwriter.h"
#include "cli/scanoptions.h"

#include "core/validation/validator.h"

namespace {

QString collisionNote(const ScannedEvent &event)
{
    for (const Finding &f : event.check.findings)
        if (f.code == QLatin1String("dedup-collision"))
            return f.message;
    return QString();
}

bool isTemplateFinding(const Finding &f)
{
    return f.code == QLatin1String("unknown-variable") || f.code == QLatin1String("unset-variable");
}

int templateFindings(const ScannedEvent &event)
{
    int count = 0;
    for (const Finding &f : event.check.findings)
        count += isTemplateFinding(f);
    return count;
}

void writeTemplateIssues(JsonWriter &json, const ScannedEvent &event)
{
    json.key("templateIssues").beginArray();
    for (const Finding &f : event.check.findings) {
        if (!isTemplateFinding(f))
            continue;
        json.beginObject();
        json.key("path").value(f.path).key("code").value(f.code).key("message").value(f.message);
        json.key("line").value(f.line).key("column").value(f.column);
        json.endObject();
    }
    json.endArray();
}

void writeJson(JsonWriter &json, const ScannedEvent &event)
{
    const PayloadCheck &c = event.check;
    json.beginObject();
    json.key("source").value(event.source);
    json.key("family").value(c.family);
    json.key("templatesResolved").value(event.templatesResolved);
    EventScan::writeDedup(json, c.dedup);
    const QString note = collisionNote(event);
    json.key("collision");
    note.isEmpty() ? json.null() : json.value(note);
    if (event.templatesResolved)
        writeTemplateIssues(json, event);
    json.endObject();
}

QString textBlock(const ScannedEvent &event)
{
    const PayloadCheck &c = event.check;
    if (!c.parsed || c.family.isEmpty())
        return QStringLiteral("%1: no dedup ID: %2\n")
            .arg(event.source,
                c.findings.isEmpty() ? QStringLiteral("unknown family")
                                     : c.findings.first().message);
    QString text
        = QStringLiteral("%1  %2  %3 (%4)\n")
              .arg(event.source, c.dedup.id, DedupId::sourceName(c.dedup.source), c.family);
    if (event.templatesResolved)
        text += QStringLiteral("    (templates resolved: the ID is of the resolved values)\n");
    for (const QString &component : c.dedup.components)
        text += QStringLiteral("    \"%1\"\n").arg(component);
    for (const Finding &f : c.findings)
        if (isTemplateFinding(f))
            text += QStringLiteral("    %1:%2:%3: error %4: %5 [%6]\n")
                        .arg(event.file)
                        .arg(f.line)
                        .arg(f.column)
                        .arg(f.path, f.message, f.code);
    const QString note = collisionNote(event);
    if (!note.isEmpty())
        text += QStringLiteral("    collision: %1\n").arg(note);
    return text;
}

} // namespace

int DedupCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(
        name(), summary(), QStringLiteral("inputs Payload files, set files, NDJSON files, or -."));
    ScanOptions options;
    ScanOptions::add(cli);
    if (const int code = options.read(cli, arguments, io); code >= 0)
        return code;
    const bool asJson = options.asJson;
    const Validator validator(*options.schemas);
    EventScan scan(validator, options.family);
    scan.setResolver(&options.templates.resolver());
    QByteArray buffer;
    JsonWriter json(buffer);
    bool inputError = false;
    int unresolved = 0;
    if (asJson)
        json.beginObject().key("results").beginArray();
    const bool readable = scan.run(cli.positional(), io, [&](ScannedEvent &event) {
        inputError |= !event.check.parsed;
        unresolved += templateFindings(event);
        if (asJson)
            writeJson(json, event);
        else
            buffer += textBlock(event).toUtf8();
    });
    if (!readable)
        return ExitCode::Usage;
    if (asJson) {
        json.endArray().key("collisions").value(scan.collisions()).endObject();
        buffer += '\n';
    } else {
        buffer += QStringLiteral("%1 dedup collision%2\n")
                      .arg(scan.collisions())
                      .arg(scan.collisions() == 1 ? QString() : QStringLiteral("s"))
                      .toUtf8();
    }
    io.out->write(buffer);
    if (inputError)
        return ExitCode::Usage;
    return unresolved > 0 ? ExitCode::Findings : ExitCode::Ok; // those IDs are not the real ones
}
