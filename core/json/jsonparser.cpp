#include "core/json/jsonparser.h"

#include "core/json/jsonsyntaxchecker.h"
#include "core/json/utf8.h"

#include <simdjson.h>

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
    if (error) {
        if (code == simdjson::MEMALLOC || code == simdjson::CAPACITY)
            *error = makeError(text, "too-large", 0,
                QStringLiteral("the text is too large to parse (%1 bytes)").arg(text.size()));
        else
            *error = explain(text, code);
    }
    return false;
}
