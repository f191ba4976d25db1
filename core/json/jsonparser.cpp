#include "core/json/jsonparser.h"

#include "core/json/jsonsyntaxchecker.h"
#include "core/json/utf8.h"

#include <simdjson.h>

#include <optional>
#include <string>

namespace {

JsonError makeError(std::string_view text, const char *code, qint64 offset, const QString &message)
{
    return JsonError {QString::fromLatin1(code), message, TextPosition::at(text, offset)};
}

// simdjson says only what kind of problem it met; the checker rescans to say where and why.
JsonError explain(std::string_view text, simdjson::error_code code)
{
    JsonError checked = JsonSyntaxChecker::check(text, JsonParser::maxDepth);
    if (checked.code != QLatin1String("ok"))
        return checked;
    if (code == simdjson::NUMBER_ERROR) {
        const qint64 at = JsonSyntaxChecker::firstOutOfRangeNumber(text, JsonParser::maxDepth);
        return makeError(text, "number-out-of-range", qMax<qint64>(at, 0),
            QStringLiteral("number out of range: it fits neither a 64-bit integer "
                           "nor a double; quote it as a string or use a smaller "
                           "value"));
    }
    if (code == simdjson::UTF8_ERROR) {
        const qint64 at = Utf8::firstInvalid(text);
        return makeError(text, "invalid-utf8", qMax<qint64>(at, 0),
            QStringLiteral("invalid UTF-8 byte; the text must be UTF-8"));
    }
    if (code == simdjson::DEPTH_ERROR)
        return makeError(text, "too-deep", 0,
            QStringLiteral("nesting deeper than %1 levels").arg(JsonParser::maxDepth));
    return makeError(text, "parse-error", 0, QString::fromUtf8(simdjson::error_message(code)));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The first `keep` digits of `digits`, rounded half up at the next one; true when rounding
// carried into a new leading digit (999.. became 1000..), which then stands for one more power.
bool roundDigits(const std::string &digits, size_t keep, std::string *kept)
{
    *kept = digits.substr(0, keep);
    if (digits[keep] < '5')
        return false;
    for (size_t i = keep; i-- > 0;) {
        if ((*kept)[i] != '9') {
            ++(*kept)[i];
            return false;
        }
        (*kept)[i] = '0';
    }
    kept->insert(kept->begin(), '1');
    kept->pop_back();
    return true;
}

// Rewrites the integer at `at` as a double of the very same length (d.ddd…eX, rounded to the
// digits that fit, as many as a double keeps), so every position in the text stays right.
// False when the number there is not an integer.
bool rewriteAsDouble(std::string &text, size_t at)
{
    const size_t start = at + (text[at] == '-' ? 1 : 0);
    size_t end = start;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    if (end < text.size() && (text[end] == '.' || text[end] == 'e' || text[end] == 'E'))
        return false;
    const size_t digits = end - start;
    size_t power = digits - 1;
    const size_t width = std::to_string(power).size();
    if (digits < width + 5)
        return false;
    std::string kept; // the leading digit and those after the point
    if (roundDigits(text.substr(start, digits), digits - 2 - width, &kept))
        ++power;
    const std::string exponent = std::to_string(power);
    kept.resize(digits - 2 - exponent.size()); // one digit less if the exponent grew
    text.replace(start, digits, kept.substr(0, 1) + '.' + kept.substr(1) + 'e' + exponent);
    return true;
}

// Integers beyond 64 bits are valid JSON, and JSON.parse reads them as doubles: so do we,
// through a copy with each one written as a double. Empty when something else is out of range
// (1e400) or there are more than `maxRewrites` of them.
std::optional<std::string> widenBigIntegers(std::string_view text)
{
    constexpr int maxRewrites = 64;
    std::string copy(text);
    for (int i = 0; i <= maxRewrites; ++i) {
        const qint64 at = JsonSyntaxChecker::firstOutOfRangeNumber(copy, JsonParser::maxDepth);
        if (at < 0)
            return copy;
        if (i == maxRewrites || !rewriteAsDouble(copy, size_t(at)))
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

static_assert(JsonParser::Padding == simdjson::SIMDJSON_PADDING);

JsonParser::JsonParser()
    : m_parser(std::make_unique<simdjson::dom::parser>())
{
    // The depth limit is fixed at allocation; later capacity growth keeps it. A failure here
    // (out of memory) resurfaces as MEMALLOC from parse().
    const simdjson::error_code code
        = m_parser->allocate(simdjson::dom::MINIMAL_DOCUMENT_CAPACITY, maxDepth);
    Q_UNUSED(code);
}

JsonParser::~JsonParser() = default;

bool JsonParser::parse(
    std::string_view text, simdjson::dom::element *root, JsonError *error, bool padded)
{
    simdjson::dom::element element;
    const simdjson::error_code code
        = m_parser->parse(reinterpret_cast<const uint8_t *>(text.data()), text.size(), !padded)
              .get(element);
    if (code == simdjson::SUCCESS) {
        if (root)
            *root = element;
        return true;
    }
    if (code == simdjson::NUMBER_ERROR) {
        // The parser copies what it keeps, so the widened text may go once parsed.
        const std::optional<std::string> widened = widenBigIntegers(text);
        if (widened
            && m_parser->parse(widened->data(), widened->size()).get(element)
                == simdjson::SUCCESS) {
            if (root)
                *root = element;
            return true;
        }
    }
    if (error) {
        if (code == simdjson::MEMALLOC || code == simdjson::CAPACITY)
            *error = makeError(text, "too-large", 0,
                QStringLiteral("the text is too large to parse (%1 bytes)").arg(text.size()));
        else
            *error = explain(text, code);
    }
    return false;
}
