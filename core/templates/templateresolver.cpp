#include "core/templates/templateresolver.h"

#include "core/templates/jsonstringrewriter.h"

#include "core/common/clock.h"
#include "core/json/textposition.h"

#include <QRegularExpression>

namespace {

const char *const firstNames[] = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara",
    "Dennis", "Frances", "Edsger", "Radia", "Tim"};
const char *const lastNames[] = {"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson",
    "Liskov", "Ritchie", "Allen", "Dijkstra", "Perlman", "Berners-Lee"};
const char *const domains[] = {"example.com", "example.org", "example.net"};

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

template<size_t N>
QString pick(QRandomGenerator &random, const char *const (&list)[N])
{
    return QString::fromLatin1(list[random.bounded(static_cast<quint32>(N))]);
}

} // namespace

TemplateResolver::TemplateResolver(const Clock *clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed)
{ }

void TemplateResolver::allowEnvironment(
    const QStringList &names, const QProcessEnvironment &environment)
{
    m_environment.clear();
    for (const QString &name : names)
        m_environment.insert(name,
            environment.contains(name) ? std::optional<QString>(environment.value(name))
                                       : std::nullopt);
}

QStringList TemplateResolver::variableNames()
{
    return {QStringLiteral("now"), QStringLiteral("now-2h"), QStringLiteral("now+15m"),
        QStringLiteral("uuid"), QStringLiteral("seq"), QStringLiteral("random.email"),
        QStringLiteral("random.name"), QStringLiteral("env.NAME"), QStringLiteral("col.NAME")};
}

QString TemplateResolver::resolveText(const QString &text, Findings *findings, const QString &path)
{
    return substitute(text, path, findings, false);
}

QString TemplateResolver::substitute(
    const QString &text, const QString &path, Findings *findings, bool jsonEscaped)
{
    if (!hasVariables(text))
        return text;
    QString out;
    qsizetype copied = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const Value value = evaluate(match.captured(1));
        if (!value.resolved) {
            if (findings) {
                Finding finding;
                finding.path = path;
                finding.code = value.code;
                finding.message = value.message;
                finding.offset = match.capturedStart(0);
                finding.line = 1;
                finding.column = static_cast<int>(match.capturedStart(0)) + 1;
                findings->append(finding);
            }
            continue;
        }
        out += QStringView(text).mid(copied, match.capturedStart(0) - copied);
        out += jsonEscaped ? QString::fromUtf8(JsonStringRewriter::escape(value.text)) : value.text;
        copied = match.capturedEnd(0);
    }
    out += QStringView(text).mid(copied);
    return out;
}

QByteArray TemplateResolver::resolveJson(const QByteArray &json, Findings *findings)
{
    const std::string_view whole(json.constData(), static_cast<size_t>(json.size()));
    return JsonStringRewriter::rewrite(
        json, [&](const JsonStringRewriter::StringValue &value) -> std::optional<QByteArray> {
            if (value.raw.find("{{") == std::string_view::npos)
                return std::nullopt;
            const QString raw
                = QString::fromUtf8(value.raw.data(), static_cast<qsizetype>(value.raw.size()));
            Findings local;
            const QString resolved = substitute(raw, value.pointer, &local, true);
            for (Finding &finding : local) {
                const qint64 byteOffset = value.offset + raw.left(finding.offset).toUtf8().size();
                const TextPosition position = TextPosition::at(whole, byteOffset);
                finding.offset = byteOffset;
                finding.line = position.line;
                finding.column = position.column;
                if (findings)
                    findings->append(finding);
            }
            return resolved.toUtf8();
        });
}

TemplateResolver::Value TemplateResolver::evaluate(const QString &name)
{
    Value value;
    value.resolved = true;
    if (name.startsWith(QLatin1String("now"))) {
        return evaluateNow(name);
    } else if (name == QLatin1String("uuid")) {
        value.text = uuid();
    } else if (name == QLatin1String("seq")) {
        value.text = QString::number(m_seq);
    } else if (name == QLatin1String("random.email")) {
        value.text = randomEmail();
    } else if (name == QLatin1String("random.name")) {
        value.text = randomName();
    } else if (name.startsWith(QLatin1String("env.")) && name.size() > 4) {
        const QString variable = name.mid(4);
        if (!m_environment.contains(variable))
            return {false, {}, QStringLiteral("env-not-allowed"),
                QStringLiteral("{{env.%1}} may not read the environment variable %1: allow it "
                               "with --allow-env %1, or list it under the target's \"Templates "
                               "may read\"")
                    .arg(variable)};
        if (!m_environment.value(variable))
            return {false, {}, QStringLiteral("unset-variable"),
                QStringLiteral("environment variable %1 is not set").arg(variable)};
        value.text = *m_environment.value(variable);
    } else if (name.startsWith(QLatin1String("col.")) && m_columns.contains(name.mid(4))) {
        value.text = m_columns.value(name.mid(4));
    } else {
        return {false, {}, QStringLiteral("unknown-variable"),
            QStringLiteral("unknown variable {{%1}}; known: %2")
                .arg(name, variableNames().join(QStringLiteral(", ")))};
    }
    return value;
}

TemplateResolver::Value TemplateResolver::evaluateNow(const QString &name) const
{
    static const QRegularExpression offset(QStringLiteral("^now(?:([+-])(\\d+)([smhd]))?$"));
    const QRegularExpressionMatch match = offset.match(name);
    if (!match.hasMatch())
        return {false, {}, QStringLiteral("unknown-variable"),
            QStringLiteral("unknown variable {{%1}}; time offsets look like now-2h, now+15m, "
                           "now+30s or now-1d")
                .arg(name)};
    // At most a century either way: larger offsets overflowed and came out as "" or as now.
    constexpr qint64 maxSeconds = qint64(36525) * 86400;
    bool ok = match.captured(2).isEmpty(); // plain {{now}}: no offset
    qint64 seconds = ok ? 0 : match.captured(2).toLongLong(&ok);
    const QChar unit = match.captured(3).isEmpty() ? QLatin1Char('s') : match.captured(3).at(0);
    const qint64 scale = unit == QLatin1Char('m') ? 60
        : unit == QLatin1Char('h')                ? 3600
        : unit == QLatin1Char('d')                ? 86400
                                                  : 1;
    if (!ok || seconds > maxSeconds / scale)
        return {false, {}, QStringLiteral("offset-too-large"),
            QStringLiteral("{{%1}} reaches too far: time offsets go up to 36525d (a century)")
                .arg(name)};
    seconds *= scale;
    if (match.captured(1) == QLatin1String("-"))
        seconds = -seconds;
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    return {true, now.toUTC().addSecs(seconds).toString(Qt::ISODate), {}, {}};
}

QString TemplateResolver::uuid()
{
    quint32 words[4];
    m_random.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20));
}

QString TemplateResolver::randomName()
{
    return pick(m_random, firstNames) + QLatin1Char(' ') + pick(m_random, lastNames);
}

QString TemplateResolver::randomEmail()
{
    const QString local = pick(m_random, firstNames).toLower() + QLatin1Char('.')
        + pick(m_random, lastNames).toLower() + QString::number(m_random.bounded(1000));
    return local + QLatin1Char('@') + pick(m_random, domains);
}
