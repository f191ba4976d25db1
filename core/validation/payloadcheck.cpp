#include "core/validation/payloadcheck.h"

#include "core/validation/familydetection.h"
#include "core/validation/validator.h"

#include "core/json/jsonparser.h"
#include "core/schema/schemaset.h"

#include <simdjson.h>

PayloadCheck PayloadCheck::check(const Validator &validator, const QString &family,
    simdjson::dom::element payload, std::string_view text, const QString &pointer, int firstLine)
{
    PayloadCheck result;
    result.parsed = true;
    result.family = family;
    result.familySource = FamilySource::Declared;
    if (family.isEmpty()) {
        const FamilyDetection detection = FamilyDetection::detect(validator.schemas(), payload);
        result.family = detection.family;
        result.familyReason = detection.reason;
        result.familySource
            = detection.family.isEmpty() ? FamilySource::None : FamilySource::Detected;
    }
    if (result.family.isEmpty()) {
        result.findings.append(
            {Severity::Error, QString(), QStringLiteral("unknown-family"), result.familyReason});
    } else {
        result.findings = validator.validate(result.family, payload);
        result.dedup = DedupId::compute(result.family, payload);
    }
    Validator::locate(result.findings, text, pointer, firstLine);
    return result;
}

PayloadCheck PayloadCheck::checkText(
    const Validator &validator, const QString &family, std::string_view text)
{
    JsonParser parser;
    return checkText(validator, family, text, parser);
}

PayloadCheck PayloadCheck::checkText(const Validator &validator, const QString &family,
    std::string_view text, JsonParser &parser, bool padded)
{
    simdjson::dom::element root;
    JsonError error;
    if (parser.parse(text, &root, &error, padded))
        return check(validator, family, root, text);
    PayloadCheck result;
    result.family = family;
    result.familySource = family.isEmpty() ? FamilySource::None : FamilySource::Declared;
    Finding f;
    f.code = error.code;
    f.message = error.message;
    f.line = error.position.line;
    f.column = error.position.column;
    f.offset = error.position.offset;
    result.findings.append(f);
    return result;
}
