#include "core/validation/nodevalidator.h"

#include "core/json/jsonpointer.h"
#include "core/schema/schemaliterals.h"
#include "core/schema/schemanode.h"
#include "core/validation/formatchecks.h"

#include "core/common/clock.h"
#include "core/common/systemclock.h"

#include <cmath>
#include <unordered_set>

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isIntegral(element value)
{
    if (value.is_int64() || value.is_uint64())
        return true;
    const double d = value.get_double().value();
    return std::isfinite(d) && d == std::floor(d);
}

double numberOf(element value)
{
    if (value.is_int64())
        return static_cast<double>(value.get_int64().value());
    if (value.is_uint64())
        return static_cast<double>(value.get_uint64().value());
    return value.get_double().value();
}

QString typeName(element value)
{
    switch (value.type()) {
    case element_type::ARRAY:
        return QStringLiteral("an array");
    case element_type::OBJECT:
        return QStringLiteral("an object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return QStringLiteral("a number");
    case element_type::STRING:
        return QStringLiteral("a string");
    case element_type::BOOL:
        return QStringLiteral("a boolean");
    case element_type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return QString();
}

QString expectedTypes(unsigned types)
{
    QStringList names;
    if (types & ObjectType)
        names << QStringLiteral("an object");
    if (types & ArrayType)
        names << QStringLiteral("an array");
    if (types & StringType)
        names << QStringLiteral("a string");
    if (types & NumberType)
        names << QStringLiteral("a number");
    else if (types & IntegerType)
        names << QStringLiteral("a whole number");
    if (types & BooleanType)
        names << QStringLiteral("true or false");
    if (types & NullType)
        names << QStringLiteral("null");
    return names.join(QStringLiteral(" or "));
}

unsigned typeBits(element value)
{
    switch (value.type()) {
    case element_type::ARRAY:
        return ArrayType;
    case element_type::OBJECT:
        return ObjectType;
    case element_type::INT64:
    case element_type::UINT64:
        return IntegerType | NumberType;
    case element_type::DOUBLE:
        return isIntegral(value) ? (IntegerType | NumberType) : NumberType;
    case element_type::STRING:
        return StringType;
    case element_type::BOOL:
        return BooleanType;
    case element_type::NULL_VALUE:
        return NullType;
    }
    return 0;
}

qint64 codePoints(std::string_view s)
{
    qint64 count = 0;
    for (unsigned char c : s)
        count += (c & 0xC0) != 0x80;
    return count;
}

QString shortJson(element value)
{
    std::string text = simdjson::minify(value);
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return fromUtf8(text);
}

QString formatNumber(double d)
{
    return QString::number(d, 'g', 15);
}

bool hasEarlierKey(simdjson::dom::object object, std::string_view key, size_t position)
{
    size_t index = 0;
    for (auto other : object) {
        if (index++ >= position)
            return false;
        if (other.key == key)
            return true;
    }
    return false;
}

bool inEnum(const SchemaNode *node, element value)
{
    if (!node->hasEnum)
        return true;
    for (element candidate : node->literals->enumValues)
        if (NodeValidator::equal(candidate, value))
            return true;
    return false;
}

int errorCount(const Findings &findings)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == Severity::Error;
    return n;
}

} // namespace

NodeValidator::NodeValidator(const Clock *clock)
    : m_clock(clock)
{
    m_path.reserve(16);
}

void NodeValidator::validate(const SchemaNode *node, element value, Findings &out)
{
    const Clock &clock = m_clock ? *m_clock : SystemClock::instance();
    m_nowMs = clock.now().toMSecsSinceEpoch();
    m_path.clear();
    m_checks = 0;
    check(node, value, out);
    if (m_checks > MaxChecks) {
        Finding f;
        f.severity = Severity::Error;
        f.code = QStringLiteral("validation-too-costly");
        f.message = QStringLiteral("validation stopped after %1 schema checks: the schema's "
                                   "nested anyOf/oneOf/allOf make this payload too costly to "
                                   "check; simplify the schema")
                        .arg(MaxChecks);
        out.append(std::move(f));
    }
}

QString NodeValidator::path() const
{
    QString p;
    for (const Segment &s : m_path) {
        p += QLatin1Char('/');
        p += s.index >= 0 ? QString::number(s.index) : JsonPointer::escape(fromUtf8(s.key));
    }
    return p;
}

QString NodeValidator::label() const
{
    if (m_path.empty())
        return QStringLiteral("the payload");
    QString name;
    for (const Segment &s : m_path) {
        if (s.index >= 0)
            name += QStringLiteral("[%1]").arg(s.index);
        else
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + fromUtf8(s.key);
    }
    return QStringLiteral("`%1`").arg(name);
}

void NodeValidator::report(Findings &out, const SchemaNode *node, const char *keyword,
    Severity severity, const QString &code, const QString &message)
{
    Finding f;
    f.severity = severity;
    f.path = path();
    f.code = code;
    f.message = message;
    const auto custom = node->errorTexts.constFind(QLatin1String(keyword));
    if (custom != node->errorTexts.constEnd()) {
        const QString field
            = m_path.empty() || m_path.back().index >= 0 ? label() : fromUtf8(m_path.back().key);
        f.code = custom->code.isEmpty() ? f.code : custom->code;
        f.message = QString(custom->message)
                        .replace(QLatin1String("{field}"), field)
                        .replace(QLatin1String("{path}"), f.path);
    }
    out.append(std::move(f));
}

void NodeValidator::check(const SchemaNode *node, element value, Findings &out)
{
    if (++m_checks > MaxChecks)
        return; // reported once by validate()
    if (node->ref) {
        check(node->resolved(), value, out);
        return;
    }
    if (node->alwaysFalse) {
        report(out, node, "false", Severity::Error, QStringLiteral("not-allowed"),
            QStringLiteral("%1 is not allowed here").arg(label()));
        return;
    }
    if (!checkType(node, value, out))
        return;
    checkEnum(node, value, out);
    switch (value.type()) {
    case element_type::STRING:
        checkString(node, value.get_string().value(), out);
        break;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        checkNumber(node, numberOf(value), out);
        break;
    case element_type::OBJECT:
        checkObject(node, value.get_object().value(), out);
        break;
    case element_type::ARRAY:
        checkArray(node, value.get_array().value(), out);
        break;
    default:
        break;
    }
    checkCombinators(node, value, out);
    checkAnnotations(node, value, out);
}

bool NodeValidator::checkType(const SchemaNode *node, element value, Findings &out)
{
    if (node->types == AnyType || (typeBits(value) & node->types))
        return true;
    report(out, node, "type", Severity::Error, QStringLiteral("type"),
        QStringLiteral("%1 must be %2, not %3")
            .arg(label(), expectedTypes(node->types), typeName(value)));
    return false;
}

void NodeValidator::checkEnum(const SchemaNode *node, element value, Findings &out)
{
    if (node->literals && node->literals->constValue && !equal(*node->literals->constValue, value))
        report(out, node, "const", Severity::Error, QStringLiteral("const"),
            QStringLiteral("%1 must be %2").arg(label(), shortJson(*node->literals->constValue)));
    if (!node->hasEnum)
        return;
    for (element candidate : node->literals->enumValues)
        if (equal(candidate, value))
            return;
    QStringList allowed;
    QString suggestion;
    const QString given = value.is_string() ? fromUtf8(value.get_string().value()) : QString();
    for (element candidate : node->literals->enumValues) {
        const QString text = candidate.is_string() ? fromUtf8(candidate.get_string().value())
                                                   : shortJson(candidate);
        allowed << text;
        if (!given.isEmpty() && text.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            suggestion = text;
    }
    QString message = QStringLiteral("%1 must be one of: %2 (got %3)")
                          .arg(label(), allowed.join(QStringLiteral(", ")), shortJson(value));
    if (!suggestion.isEmpty())
        message += QStringLiteral("; did you mean \"%1\"?").arg(suggestion);
    report(out, node, "enum", Severity::Error, QStringLiteral("enum"), message);
}

void NodeValidator::checkString(const SchemaNode *node, std::string_view text, Findings &out)
{
    if (node->minLength || node->maxLength) {
        const qint64 length = codePoints(text);
        if (node->minLength && length < *node->minLength) {
            report(out, node, "minLength", Severity::Error, QStringLiteral("min-length"),
                *node->minLength == 1 ? QStringLiteral("%1 must not be empty").arg(label())
                                      : QStringLiteral("%1 needs at least %2 characters (has %3)")
                                            .arg(label())
                                            .arg(*node->minLength)
                                            .arg(length));
        }
        if (node->maxLength && length > *node->maxLength)
            report(out, node, "maxLength", Severity::Error, QStringLiteral("max-length"),
                QStringLiteral("%1 may have at most %2 characters (has %3)")
                    .arg(label())
                    .arg(*node->maxLength)
                    .arg(length));
    }
    const QString got
        = [&] { return QStringLiteral("got \"%1\"").arg(fromUtf8(text.substr(0, 60))); }();
    switch (node->format) {
    case StringFormat::None:
        break;
    case StringFormat::DateTime:
        if (!FormatChecks::isDateTime(text))
            report(out, node, "format", Severity::Error, QStringLiteral("format-date-time"),
                QStringLiteral("%1 must be an ISO 8601 date-time with a timezone, such as "
                               "2024-02-03T10:30:00Z (%2)")
                    .arg(label(), got));
        break;
    case StringFormat::Date:
        if (!FormatChecks::isDate(text))
            report(out, node, "format", Severity::Error, QStringLiteral("format-date"),
                QStringLiteral("%1 must be a date such as 2024-03-31 (%2)").arg(label(), got));
        break;
    case StringFormat::Email:
        if (!FormatChecks::isEmail(text))
            report(out, node, "format", Severity::Error, QStringLiteral("format-email"),
                QStringLiteral("%1 must look like an email address such as name@example.com "
                               "(%2)")
                    .arg(label(), got));
        break;
    case StringFormat::Uri:
        if (!FormatChecks::isUri(text))
            report(out, node, "format", Severity::Error, QStringLiteral("format-uri"),
                QStringLiteral("%1 must be an absolute URL such as "
                               "https://example.com/recording.mp4 (%2)")
                    .arg(label(), got));
        break;
    }
}

void NodeValidator::checkNumber(const SchemaNode *node, double number, Findings &out)
{
    auto fail = [&](const char *keyword, const char *code, const QString &rule) {
        report(out, node, keyword, Severity::Error, QLatin1String(code),
            QStringLiteral("%1 must be %2 (got %3)").arg(label(), rule, formatNumber(number)));
    };
    if (node->minimum && number < *node->minimum)
        fail("minimum", "minimum", QStringLiteral("at least %1").arg(formatNumber(*node->minimum)));
    if (node->maximum && number > *node->maximum)
        fail("maximum", "maximum", QStringLiteral("at most %1").arg(formatNumber(*node->maximum)));
    if (node->exclusiveMinimum && number <= *node->exclusiveMinimum)
        fail("exclusiveMinimum", "exclusive-minimum",
            QStringLiteral("greater than %1").arg(formatNumber(*node->exclusiveMinimum)));
    if (node->exclusiveMaximum && number >= *node->exclusiveMaximum)
        fail("exclusiveMaximum", "exclusive-maximum",
            QStringLiteral("less than %1").arg(formatNumber(*node->exclusiveMaximum)));
}

void NodeValidator::checkObject(const SchemaNode *node, simdjson::dom::object object, Findings &out)
{
    for (const std::string &name : node->required) {
        if (object.at_key(name).error() == simdjson::SUCCESS)
            continue;
        const QString parent = m_path.empty() ? QString() : QStringLiteral(" in %1").arg(label());
        m_path.push_back({name});
        report(out, node, "required", Severity::Error, QStringLiteral("required"),
            QStringLiteral("`%1` is required%2").arg(fromUtf8(name), parent));
        m_path.pop_back();
    }
    const qint64 size = static_cast<qint64>(object.size());
    if (node->minProperties && size < *node->minProperties)
        report(out, node, "minProperties", Severity::Error, QStringLiteral("min-properties"),
            QStringLiteral("%1 needs at least %2 properties")
                .arg(label())
                .arg(*node->minProperties));
    if (node->maxProperties && size > *node->maxProperties)
        report(out, node, "maxProperties", Severity::Error, QStringLiteral("max-properties"),
            QStringLiteral("%1 may have at most %2 properties")
                .arg(label())
                .arg(*node->maxProperties));
    checkProperties(node, object, out);
}

void NodeValidator::checkProperties(
    const SchemaNode *node, simdjson::dom::object object, Findings &out)
{
    // Duplicate keys: most parsers keep one value silently; say which key repeats.
    std::unordered_set<std::string_view> seen;
    const bool fewKeys = object.size() <= 16;
    size_t position = 0;
    for (auto field : object) {
        const bool repeated
            = fewKeys ? hasEarlierKey(object, field.key, position) : !seen.insert(field.key).second;
        ++position;
        if (repeated) {
            m_path.push_back({field.key});
            report(out, node, "duplicate", Severity::Warning, QStringLiteral("duplicate-key"),
                QStringLiteral("%1 appears more than once; parsers keep only one of the "
                               "values, usually the last")
                    .arg(label()));
            m_path.pop_back();
        }
        m_path.push_back({field.key});
        if (const SchemaNode *child = node->property(field.key)) {
            check(child, field.value, out);
        } else if (node->additionalProperties) {
            if (node->additionalProperties->alwaysFalse)
                report(out, node, "additionalProperties", Severity::Error,
                    QStringLiteral("additional-property"),
                    QStringLiteral("%1 is not allowed here").arg(label()));
            else
                check(node->additionalProperties, field.value, out);
        } else if (node->warnUnknownProperties) {
            report(out, node, "unknown", Severity::Warning, QStringLiteral("unknown-field"),
                QStringLiteral("%1 is not a documented field; the server may ignore it")
                    .arg(label()));
        }
        m_path.pop_back();
    }
}

void NodeValidator::checkArray(const SchemaNode *node, simdjson::dom::array array, Findings &out)
{
    const qint64 size = static_cast<qint64>(array.size());
    if (node->minItems && size < *node->minItems)
        report(out, node, "minItems", Severity::Error, QStringLiteral("min-items"),
            QStringLiteral("%1 needs at least %2 item%3 (has %4)")
                .arg(label())
                .arg(*node->minItems)
                .arg(*node->minItems == 1 ? QString() : QStringLiteral("s"))
                .arg(size));
    if (node->maxItems && size > *node->maxItems)
        report(out, node, "maxItems", Severity::Error, QStringLiteral("max-items"),
            QStringLiteral("%1 may have at most %2 items (has %3)")
                .arg(label())
                .arg(*node->maxItems)
                .arg(size));
    if (!node->items)
        return;
    qint64 index = 0;
    for (element item : array) {
        m_path.push_back({std::string_view(), index++});
        check(node->items, item, out);
        m_path.pop_back();
    }
}

void NodeValidator::checkCombinators(const SchemaNode *node, element value, Findings &out)
{
    for (const SchemaNode *part : node->allOf)
        check(part, value, out);
    if (!node->anyOf.empty())
        checkAlternatives(node, value, false, out);
    if (!node->oneOf.empty())
        checkAlternatives(node, value, true, out);
    if (node->notSchema) {
        Findings inner;
        check(node->notSchema, value, inner);
        if (errorCount(inner) == 0)
            report(out, node, "not", Severity::Error, QStringLiteral("not"),
                QStringLiteral("%1 matches a form that is not allowed here").arg(label()));
    }
}

void NodeValidator::checkAlternatives(
    const SchemaNode *node, element value, bool exactlyOne, Findings &out)
{
    const auto &branches = exactlyOne ? node->oneOf : node->anyOf;
    const char *keyword = exactlyOne ? "oneOf" : "anyOf";
    Findings best;
    Findings matched;
    int bestScore = -1;
    int matches = 0;
    for (const SchemaNode *branch : branches) {
        Findings inner;
        check(branch, value, inner);
        int errors = errorCount(inner);
        if (errors == 0) {
            if (++matches == 1)
                matched = std::move(inner);
            if (!exactlyOne || matches > 1)
                break;
            continue;
        }
        // The branch whose type fits and that has the fewest errors explains best.
        const bool typeMismatch = !inner.isEmpty() && inner.first().code == QLatin1String("type")
            && inner.first().path == path();
        const int score = errors + (typeMismatch ? 100000 : 0);
        if (bestScore < 0 || score < bestScore) {
            bestScore = score;
            best = std::move(inner);
        }
    }
    if (matches == 1 || (!exactlyOne && matches > 0)) {
        for (Finding &f : matched)
            out.append(std::move(f));
        return;
    }
    const QString code = exactlyOne ? QStringLiteral("one-of") : QStringLiteral("any-of");
    if (matches > 1) {
        report(out, node, keyword, Severity::Error, code,
            QStringLiteral("%1 matches more than one of its allowed forms").arg(label()));
        return;
    }
    if (node->errorTexts.contains(QLatin1String(keyword)) || best.isEmpty()) {
        report(out, node, keyword, Severity::Error, code,
            QStringLiteral("%1 does not match any of its allowed forms").arg(label()));
        return;
    }
    for (Finding &f : best)
        if (f.severity == Severity::Error)
            out.append(std::move(f));
}

void NodeValidator::checkAnnotations(const SchemaNode *node, element value, Findings &out)
{
    for (const SchemaFindingRule &rule : node->findingRules) {
        bool fires = rule.when == SchemaFindingRule::When::Present;
        if (rule.when == SchemaFindingRule::When::Empty)
            fires = (value.is_string() && value.get_string().value().empty())
                || (value.is_array() && value.get_array().value().size() == 0);
        if (rule.when == SchemaFindingRule::When::Future && value.is_string()) {
            const auto ms = FormatChecks::dateTimeToEpochMs(value.get_string().value());
            fires = ms && *ms > m_nowMs + rule.futureSeconds * 1000;
        }
        if (fires)
            report(out, node, "x-findings", rule.isWarning ? Severity::Warning : Severity::Info,
                rule.code, rule.message);
    }
    if (node->hasProcessedList && value.is_string() && inEnum(node, value)) {
        const QString subType = fromUtf8(value.get_string().value());
        if (!node->processedForAnalytics.contains(subType))
            report(out, node, "x-processed-for-analytics", Severity::Info,
                QStringLiteral("subtype-not-processed"),
                QStringLiteral("`%1` events are stored but not processed for analytics "
                               "(only %2 are)")
                    .arg(subType, node->processedForAnalytics.join(QStringLiteral(", "))));
    }
}

bool NodeValidator::equal(element a, element b)
{
    const unsigned ta = typeBits(a), tb = typeBits(b);
    if ((ta & NumberType) && (tb & NumberType))
        return numberOf(a) == numberOf(b);
    if (ta != tb)
        return false;
    switch (a.type()) {
    case element_type::STRING:
        return a.get_string().value() == b.get_string().value();
    case element_type::BOOL:
        return a.get_bool().value() == b.get_bool().value();
    case element_type::NULL_VALUE:
        return true;
    case element_type::ARRAY: {
        auto x = a.get_array().value(), y = b.get_array().value();
        if (x.size() != y.size())
            return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (!equal(*i, *j))
                return false;
        return true;
    }
    case element_type::OBJECT: {
        auto x = a.get_object().value(), y = b.get_object().value();
        if (x.size() != y.size())
            return false;
        for (auto field : x) {
            auto other = y.at_key(field.key);
            if (other.error() || !equal(field.value, other.value()))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}
