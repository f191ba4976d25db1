#include "core/replay/replayplanner.h"

#include "core/replay/payloadrewriter.h"

#include "core/common/clock.h"
#include "core/dedup/dedupid.h"
#include "core/json/jsonparser.h"
#include "core/replay/replayerrors.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <simdjson.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

QString dedupOf(const QString &family, const QByteArray &body)
{
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    if (!parser.parse(view(body), &root, &error))
        return QString();
    return DedupId::compute(family, root).id;
}

QString summarise(const Findings &findings)
{
    int errors = 0;
    QString first;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Error)
            continue;
        if (errors++ == 0)
            first = QStringLiteral("%1 at \"%2\"").arg(f.message, f.path);
    }
    return errors == 1 ? QStringLiteral("1 error: %1").arg(first)
                       : QStringLiteral("%1 errors, first: %2").arg(errors).arg(first);
}

} // namespace

QString ReplayPlanner::digest(const QVector<ReplayEvent> &events)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ReplayEvent &event : events) {
        hash.addData(event.family.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(event.payload);
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

Result<> ReplayPlanner::settle(
    ReplayOptions &options, const QVector<ReplayEvent> &events, const Clock &clock)
{
    if (options.concurrency < 1 || options.ratePerSecond < 0 || options.rateBurst < 1)
        return Error {ReplayErrors::BadOptions,
            tr("Concurrency and burst must be at least 1 and the rate not negative.")};
    static const QRegularExpression suffixPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    if (options.eventIds == ReplayOptions::EventIdPolicy::Fresh && options.runSuffix.isEmpty())
        options.runSuffix = QString::number(QRandomGenerator::global()->generate64(), 36);
    if (!options.runSuffix.isEmpty() && !suffixPattern.match(options.runSuffix).hasMatch())
        return Error {ReplayErrors::BadOptions,
            tr("The run suffix may hold only letters, digits, '_', '.' and '-'.")};
    if (options.timestamps == ReplayOptions::TimestampPolicy::Rebase && !options.rebaseTo.isValid())
        options.rebaseTo = clock.now().toUTC();
    while (options.templateSeed == 0)
        options.templateSeed = QRandomGenerator::global()->generate64();
    if (!options.templateNow.isValid())
        options.templateNow = clock.now().toUTC();
    options.setDigest = digest(events);
    return {};
}

qint64 ReplayPlanner::rebaseShiftMs(
    const QVector<ReplayEvent> &events, const ReplayOptions &options)
{
    if (options.timestamps != ReplayOptions::TimestampPolicy::Rebase)
        return 0;
    std::optional<QDateTime> earliest;
    for (const ReplayEvent &event : events) {
        const auto when = PayloadRewriter::timestamp(event.payload);
        if (when && (!earliest || *when < *earliest))
            earliest = when;
    }
    return earliest ? earliest->msecsTo(options.rebaseTo) : 0;
}

QVector<PlannedEvent> ReplayPlanner::plan(
    const QVector<ReplayEvent> &events, const ReplayOptions &options, const Validator *validator)
{
    // Templates first, so that {{now-2h}} timestamps take part in a rebase like written ones.
    QVector<ReplayEvent> resolvedEvents = events;
    QVector<Findings> templateFindings(events.size());
    for (int i = 0; i < events.size(); ++i)
        resolvedEvents[i].payload = resolved(events[i], i, options, &templateFindings[i]);
    const qint64 shift = rebaseShiftMs(resolvedEvents, options);
    QVector<PlannedEvent> planned;
    planned.reserve(events.size());
    for (int i = 0; i < events.size(); ++i)
        planned << planOne(resolvedEvents[i], i, options, validator, shift, templateFindings[i]);
    return planned;
}

QByteArray ReplayPlanner::resolved(
    const ReplayEvent &event, int position, const ReplayOptions &options, Findings *findings)
{
    // Runs stored before templates were resolved have no instant: they keep sending as written.
    if (!options.templateNow.isValid())
        return event.payload;
    return PayloadRewriter::resolveTemplates(event.payload, position + 1, options.templateSeed,
        options.templateNow, options.templateEnvironment, findings);
}

PlannedEvent ReplayPlanner::planOne(const ReplayEvent &event, int position,
    const ReplayOptions &options, const Validator *validator, qint64 shiftMs, Findings findings)
{
    PlannedEvent p;
    p.position = position;
    p.family = event.family;
    p.name = event.name;
    p.expect = event.expect;
    p.storedEventId = event.storedEventId;
    const QByteArray &payload = event.payload;
    QString autoId;
    if (validator) {
        const PayloadCheck check = PayloadCheck::checkText(*validator, event.family, view(payload));
        findings += check.findings;
        if (p.family.isEmpty())
            p.family = check.family;
        autoId = check.dedup.id;
    } else {
        autoId = dedupOf(event.family, payload);
    }
    p.valid = !hasErrors(findings);
    if (!p.valid)
        p.findings = summarise(findings);
    p.skip = !p.valid && options.invalid == ReplayOptions::InvalidPolicy::Skip;
    p.body = payload;
    if (shiftMs != 0)
        p.body = PayloadRewriter::shiftTimestamp(p.body, shiftMs);
    if (options.eventIds == ReplayOptions::EventIdPolicy::Fresh)
        p.body = PayloadRewriter::freshEventId(p.body, p.family, options.runSuffix, autoId);
    p.dedupId = p.body == payload ? autoId : dedupOf(p.family, p.body);
    return p;
}
