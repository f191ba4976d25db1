#include "core/replay/payloadrewriter.h"

#include "core/common/manualclock.h"
#include "core/dedup/dedupid.h"
#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"
#include "core/templates/templateresolver.h"

#include <simdjson.h>

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

// Index just past the closing quote of the string starting at `open`.
qsizetype stringEnd(const QByteArray &text, qsizetype open)
{
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// splitmix64: spreads (run seed, position) over the seed space so neighbouring positions get
// unrelated generators.
quint32 eventSeed(quint64 runSeed, qint64 seq)
{
    quint64 z = runSeed + quint64(seq) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return quint32((z ^ (z >> 31)) >> 32);
}

} // namespace

QByteArray PayloadRewriter::resolveTemplates(const QByteArray &payload, qint64 seq, quint64 runSeed,
    const QDateTime &now, const QStringList &allowedEnvironment, Findings *findings)
{
    if (!hasTemplates(payload))
        return payload;
    const ManualClock clock(now);
    TemplateResolver resolver(&clock, eventSeed(runSeed, seq));
    resolver.setSeq(seq);
    resolver.allowEnvironment(allowedEnvironment);
    return resolver.resolveJson(payload, findings);
}

std::optional<std::pair<qsizetype, qsizetype>> PayloadRewriter::stringSpan(
    const QByteArray &payload, const char *key)
{
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    if (!parser.parse(view(payload), &root, &error) || !root.is_object())
        return std::nullopt;
    auto member = root[key];
    if (member.error() || !member.value().is_string())
        return std::nullopt;
    const TextPosition at
        = JsonLocator(view(payload)).locate(QLatin1Char('/') + QLatin1String(key));
    if (!at.isValid() || payload.at(at.offset) != '"')
        return std::nullopt;
    const qsizetype end = stringEnd(payload, at.offset);
    if (end < 0)
        return std::nullopt;
    return std::make_pair(qsizetype(at.offset), end);
}

std::optional<QDateTime> PayloadRewriter::timestamp(const QByteArray &payload)
{
    const auto span = stringSpan(payload, "eventTimestamp");
    if (!span)
        return std::nullopt;
    const QByteArray raw = payload.mid(span->first + 1, span->second - span->first - 2);
    const QString canonical = DedupId::canonicalTimestamp(QString::fromUtf8(raw));
    QDateTime parsed = QDateTime::fromString(canonical, Qt::ISODateWithMs);
    if (!parsed.isValid() || (canonical == QString::fromUtf8(raw) && !canonical.endsWith(u'Z')))
        return std::nullopt;
    return parsed.toUTC();
}

QByteArray PayloadRewriter::shiftTimestamp(const QByteArray &payload, qint64 shiftMs)
{
    const auto when = timestamp(payload);
    const auto span = stringSpan(payload, "eventTimestamp");
    if (!when || !span)
        return payload;
    const QString shifted
        = when->addMSecs(shiftMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    QByteArray out = payload;
    out.replace(
        span->first, span->second - span->first, QByteArray('"' + shifted.toLatin1() + '"'));
    return out;
}

QByteArray PayloadRewriter::freshEventId(const QByteArray &payload, const QString &family,
    const QString &suffix, const QString &autoDedupId)
{
    if (family == QLatin1String("crm") || suffix.isEmpty())
        return payload;
    QByteArray out = payload;
    if (const auto span = stringSpan(payload, "eventId")) {
        out.insert(span->second - 1, '-' + suffix.toUtf8());
        return out;
    }
    const qsizetype open = payload.indexOf('{');
    if (open < 0)
        return payload;
    const bool empty = payload.mid(open + 1).trimmed().startsWith('}');
    const QByteArray member = "\"eventId\":\"auto-" + autoDedupId.left(16).toLatin1() + '-'
        + suffix.toUtf8() + '"' + (empty ? "" : ",");
    out.insert(open + 1, member);
    return out;
}
