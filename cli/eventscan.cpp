#include "cli/eventscan.h"

#include "cli/jsonwriter.h"
#include "cli/progressline.h"

#include "core/io/inputreader.h"
#include "core/json/jsonparser.h"
#include "core/templates/templateresolver.h"
#include "core/validation/validator.h"

EventScan::EventScan(const Validator &validator, const QString &forcedFamily)
    : m_validator(validator)
    , m_forcedFamily(forcedFamily)
{ }

bool EventScan::run(
    const QStringList &inputs, const CliIo &io, const std::function<void(ScannedEvent &)> &visit)
{
    ProgressLine progress(io);
    int index = 0;
    for (const QString &input : inputs) {
        const QString file = input == QLatin1String("-") ? QStringLiteral("<stdin>") : input;
        auto read = InputReader::read(input, [&](const InputEvent &in) {
            ScannedEvent event;
            event.file = file;
            event.source = in.source;
            event.index = index++;
            const QString family = in.family.isEmpty() ? m_forcedFamily : in.family;
            if (in.parsed && checkResolved(in, family, event)) {
                event.templatesResolved = true;
            } else if (in.parsed) {
                event.check = in.check(m_validator, family);
            } else {
                event.check.family = family;
                event.check.findings.append({Severity::Error, QString(), in.error.code,
                    in.error.message, in.error.position.line + in.firstLine - 1,
                    in.error.position.column, in.error.position.offset});
            }
            markCollision(event);
            visit(event);
            progress.update(index);
        });
        if (!read) {
            progress.finish();
            io.printError(QStringLiteral("error: %1\n").arg(read.error().message));
            return false;
        }
    }
    progress.finish();
    return true;
}

// Resolves the payload's template variables and checks the result; false when it has none.
bool EventScan::checkResolved(const InputEvent &in, const QString &family, ScannedEvent &event)
{
    const std::string_view slice = in.payloadText;
    if (!m_resolver || slice.find("{{") == std::string_view::npos)
        return false;
    const QByteArray raw(slice.data(), qsizetype(slice.size()));
    m_resolver->setSeq(event.index + 1);
    Findings templateFindings;
    const QByteArray resolved = m_resolver->resolveJson(raw, &templateFindings);
    const std::string_view text(resolved.constData(), size_t(resolved.size()));
    PayloadCheck check = PayloadCheck::checkText(m_validator, family, text);
    if (!check.parsed)
        return false; // cannot happen for a parsed payload; check it as written
    event.check = std::move(check);
    event.check.findings = templateFindings + event.check.findings;
    in.placeFindings(event.check.findings);
    return true;
}

void EventScan::markCollision(ScannedEvent &event)
{
    m_sources.append(event.source);
    if (event.check.dedup.id.isEmpty())
        return;
    m_detector.add(event.index, event.check.dedup.id);
    const int first = m_detector.firstWithSameId(event.index);
    if (first < 0)
        return;
    ++m_collisions;
    event.check.findings.append({Severity::Warning, QString(), QStringLiteral("dedup-collision"),
        QStringLiteral("same dedup ID as %1: the server keeps the first and skips this one")
            .arg(m_sources.value(first))});
}

void EventScan::writeDedup(JsonWriter &json, const DedupId &dedup)
{
    json.key("dedupId").value(dedup.id);
    json.key("dedupSource").value(DedupId::sourceName(dedup.source));
    json.key("dedupComponents").beginArray();
    for (const QString &component : dedup.components)
        json.value(component);
    json.endArray();
}
