#include "dedupcommand.h"

#include "commandline.h"
#include "eventscan.h"
#include "jsonwriter.h"
#include "scanoptions.h"

#include "validation/validator.h"

namespace {

QString collisionNote(const ScannedEvent &event)
{
    for (const Finding &f : event.check.findings)
        if (f.code == QLatin1String("dedup-collision"))
            return f.message;
    return QString();
}

void writeJson(JsonWriter &json, const ScannedEvent &event)
{
    const PayloadCheck &c = event.check;
    json.beginObject();
    json.key("source").value(event.source);
    json.key("family").value(c.family);
    EventScan::writeDedup(json, c.dedup);
    const QString note = collisionNote(event);
    json.key("collision");
    note.isEmpty() ? json.null() : json.value(note);
    json.endObject();
}

QString textBlock(const ScannedEvent &event)
{
    const PayloadCheck &c = event.check;
    if (!c.parsed || c.family.isEmpty())
        return QStringLiteral("%1: no dedup ID: %2\n")
            .arg(event.source,
                 c.findings.isEmpty() ? QStringLiteral("unknown family") : c.findings.first().message);
    QString text = QStringLiteral("%1  %2  %3 (%4)\n")
                       .arg(event.source, c.dedup.id, DedupId::sourceName(c.dedup.source), c.family);
    for (const QString &component : c.dedup.components)
        text += QStringLiteral("    \"%1\"\n").arg(component);
    const QString note = collisionNote(event);
    if (!note.isEmpty())
        text += QStringLiteral("    collision: %1\n").arg(note);
    return text;
}

} // namespace

int DedupCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
                    QStringLiteral("inputs Payload files, set files, NDJSON files, or -."));
    ScanOptions options;
    ScanOptions::add(cli);
    if (const int code = options.read(cli, arguments, io); code >= 0)
        return code;
    const bool asJson = options.asJson;
    const Validator validator(*options.schemas);
    EventScan scan(validator, options.family);
    QByteArray buffer;
    JsonWriter json(buffer);
    bool inputError = false;
    if (asJson)
        json.beginObject().key("results").beginArray();
    const bool readable = scan.run(cli.positional(), io, [&](ScannedEvent &event) {
        inputError |= !event.check.parsed;
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
    return inputError ? ExitCode::Usage : ExitCode::Ok;
}
