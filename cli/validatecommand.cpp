#include "cli/validatecommand.h"

#include "cli/commandline.h"
#include "cli/eventscan.h"
#include "cli/jsonwriter.h"
#include "cli/scanoptions.h"

#include "core/validation/validator.h"

namespace {

struct Totals
{
    int events = 0, valid = 0, errors = 0, warnings = 0, infos = 0;
    bool inputError = false;

    void add(const ScannedEvent &event)
    {
        ++events;
        valid += event.check.valid();
        inputError |= !event.check.parsed;
        for (const Finding &f : event.check.findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
            infos += f.severity == Severity::Info;
        }
    }
};

QString familySourceName(PayloadCheck::FamilySource source)
{
    switch (source) {
    case PayloadCheck::FamilySource::Declared:
        return QStringLiteral("declared");
    case PayloadCheck::FamilySource::Detected:
        return QStringLiteral("detected");
    case PayloadCheck::FamilySource::None:
        break;
    }
    return QStringLiteral("none");
}

void writeSummary(JsonWriter &json, const Totals &totals, int collisions)
{
    json.key("summary").beginObject();
    json.key("events").value(totals.events);
    json.key("valid").value(totals.valid);
    json.key("errors").value(totals.errors);
    json.key("warnings").value(totals.warnings);
    json.key("infos").value(totals.infos);
    json.key("collisions").value(collisions);
    json.endObject();
}

QString textSummary(const Totals &totals, int collisions)
{
    return QStringLiteral("%1 event%2: %3 valid, %4 invalid; %5 error%6, %7 warning%8, %9 info; "
                          "%10 dedup collision%11\n")
        .arg(totals.events)
        .arg(totals.events == 1 ? QString() : QStringLiteral("s"))
        .arg(totals.valid)
        .arg(totals.events - totals.valid)
        .arg(totals.errors)
        .arg(totals.errors == 1 ? QString() : QStringLiteral("s"))
        .arg(totals.warnings)
        .arg(totals.warnings == 1 ? QString() : QStringLiteral("s"))
        .arg(totals.infos)
        .arg(collisions)
        .arg(collisions == 1 ? QString() : QStringLiteral("s"));
}

QString templatesNote(const ScannedEvent &event)
{
    return QStringLiteral("%1: note: templates resolved; checked and dedup ID %2 computed from "
                          "the resolved values\n")
        .arg(event.source,
            event.check.dedup.id.isEmpty() ? QStringLiteral("-") : event.check.dedup.id.left(12));
}

} // namespace

void ValidateCommand::writeJson(JsonWriter &json, const ScannedEvent &event)
{
    const PayloadCheck &c = event.check;
    json.beginObject();
    json.key("source").value(event.source);
    json.key("family").value(c.family);
    json.key("familySource").value(familySourceName(c.familySource));
    if (!c.familyReason.isEmpty())
        json.key("familyReason").value(c.familyReason);
    json.key("valid").value(c.valid());
    json.key("templatesResolved").value(event.templatesResolved);
    EventScan::writeDedup(json, c.dedup);
    json.key("issues").beginArray();
    for (const Finding &f : c.findings) {
        json.beginObject();
        json.key("severity").value(Finding::severityName(f.severity));
        json.key("path").value(f.path);
        json.key("code").value(f.code);
        json.key("message").value(f.message);
        if (f.line > 0) {
            json.key("line").value(f.line);
            json.key("column").value(f.column);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

QString ValidateCommand::textLine(const ScannedEvent &event, int findingIndex)
{
    const Finding &f = event.check.findings.at(findingIndex);
    const QString where = f.line > 0
        ? QStringLiteral("%1:%2:%3").arg(event.file).arg(f.line).arg(f.column)
        : event.source;
    const QString path = f.path.isEmpty() ? QString() : QStringLiteral(" %1").arg(f.path);
    return QStringLiteral("%1: %2%3: %4 [%5]\n")
        .arg(where, Finding::severityName(f.severity), path, f.message, f.code);
}

int ValidateCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
        QStringLiteral("inputs Payload files, set files (*.events.json), NDJSON files "
                       "(*.ndjson), or - for standard input."));
    ScanOptions options;
    ScanOptions::add(cli);
    if (const int code = options.read(cli, arguments, io); code >= 0)
        return code;
    const Validator validator(*options.schemas);
    EventScan scan(validator, options.family);
    scan.setResolver(&options.templates.resolver());
    Totals totals;
    QByteArray buffer;
    JsonWriter json(buffer);
    const bool asJson = options.asJson;
    if (asJson)
        json.beginObject().key("results").beginArray();
    const bool readable = scan.run(cli.positional(), io, [&](ScannedEvent &event) {
        totals.add(event);
        if (asJson) {
            writeJson(json, event);
        } else {
            if (event.check.familySource == PayloadCheck::FamilySource::Detected)
                buffer += QStringLiteral("%1: note: %2\n")
                              .arg(event.source, event.check.familyReason)
                              .toUtf8();
            if (event.templatesResolved)
                buffer += templatesNote(event).toUtf8();
            for (int i = 0; i < event.check.findings.size(); ++i)
                buffer += textLine(event, i).toUtf8();
        }
        if (buffer.size() > (1 << 20)) {
            io.out->write(buffer);
            buffer.clear();
        }
    });
    if (!readable)
        return ExitCode::Usage;
    if (asJson) {
        json.endArray();
        writeSummary(json, totals, scan.collisions());
        json.endObject();
        buffer += '\n';
    } else {
        buffer += textSummary(totals, scan.collisions()).toUtf8();
    }
    io.out->write(buffer);
    if (totals.inputError)
        return ExitCode::Usage;
    return totals.errors > 0 ? ExitCode::Findings : ExitCode::Ok;
}
