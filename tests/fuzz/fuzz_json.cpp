// Fuzzes the JSON text layer: the strict checker must agree with simdjson on what is JSON,
// every error position must lie inside the text, and nothing may crash on any input.
#include "core/dedup/dedupid.h"
#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonsyntaxchecker.h"

#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_json: %s\n", what);
        std::abort();
    }
}

void checkValid(std::string_view text, simdjson::dom::element root)
{
    const JsonError checked = JsonSyntaxChecker::check(text, JsonParser::maxDepth);
    require(checked.code == QLatin1String("ok"), "simdjson accepted what the checker rejects");
    for (const char *family : {"emails", "calls", "crm", "social"}) {
        const DedupId dedup = DedupId::compute(QString::fromLatin1(family), root);
        require(!dedup.id.isEmpty(), "empty dedup ID");
    }
    const JsonLocator locator(text);
    simdjson::dom::array array;
    if (root.get_array().get(array) == simdjson::SUCCESS)
        require(locator.elementTexts(QString()).size() == array.size(),
            "elementTexts found another number of elements");
    for (qint64 from : {qint64(0), qint64(text.size() / 3), qint64(text.size() / 2)}) {
        const qint64 to = qint64(text.size()) - 1;
        if (from > to)
            continue;
        const TextPosition direct = TextPosition::at(text, to);
        const TextPosition walked = TextPosition::advance(text, TextPosition::at(text, from), to);
        require(direct.line == walked.line && direct.column == walked.column,
            "advance() disagrees with at()");
    }
    for (const char *pointer : {"", "/0", "/a", "/to/0/email", "/transcript/1/text"}) {
        const TextPosition position = locator.locate(QString::fromLatin1(pointer));
        require(position.isValid(), "locator lost its way in valid JSON");
        require(position.offset < qint64(text.size()), "located offset past the end");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static JsonParser parser;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    simdjson::dom::element root;
    JsonError error;
    if (parser.parse(text, &root, &error)) {
        checkValid(text, root);
        return 0;
    }
    require(error.position.isValid(), "error without a position");
    require(error.position.offset <= qint64(size), "error position past the end");
    require(!error.message.isEmpty(), "error without a message");
    const JsonError checked = JsonSyntaxChecker::check(text, JsonParser::maxDepth);
    require(
        checked.code != QLatin1String("ok") || error.code == QLatin1String("number-out-of-range"),
        "simdjson rejected what the checker accepts");
    JsonLocator(text).locate(QStringLiteral("/a/0"));
    return 0;
}
