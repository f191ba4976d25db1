// Fuzzes the template resolver: JSON that parses before its {{variables}} are resolved parses
// after (values are escaped into their strings), a variable the input names but nobody allowed
// is never read, and plain text resolves without a crash.
#include "tests/fuzz/fuzzcheck.h"

#include "core/common/manualclock.h"
#include "core/json/jsonparser.h"
#include "core/templates/templateresolver.h"

#include <simdjson.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ManualClock clock(
        QDateTime::fromString(QStringLiteral("2024-02-03T10:30:00Z"), Qt::ISODate));
    static JsonParser parser;
    QProcessEnvironment env;
    env.insert(QStringLiteral("FUZZ_ALLOWED"), QStringLiteral("a\"b\\c\n{{now}}"));
    env.insert(QStringLiteral("FUZZ_SECRET"), QStringLiteral("never-read-secret"));
    TemplateResolver resolver(&clock, 7);
    resolver.allowEnvironment({QStringLiteral("FUZZ_ALLOWED")}, env);
    const QByteArray input = FuzzCheck::bytes(data, size);
    Findings findings;
    const QByteArray resolved = resolver.resolveJson(input, &findings);
    FuzzCheck::require(!resolved.contains("never-read-secret") || input.contains("never-read"),
        "a variable nobody allowed was read");
    simdjson::dom::element root;
    JsonError error;
    if (parser.parse(std::string_view(input.constData(), size_t(input.size())), &root, &error))
        FuzzCheck::require(
            parser.parse(
                std::string_view(resolved.constData(), size_t(resolved.size())), &root, &error),
            "resolving broke the JSON");
    Findings textFindings;
    static_cast<void>(resolver.resolveText(QString::fromUtf8(input), &textFindings));
    return 0;
}
