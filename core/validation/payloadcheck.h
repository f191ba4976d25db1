#pragma once

#include "core/validation/finding.h"

#include "core/dedup/dedupid.h"

#include <QString>

#include "core/json/simdjsonfwd.h"

#include <string_view>

class JsonParser;
class Validator;

// Everything Eventsmith knows about one payload: its family (and how it was chosen), every
// finding with positions, and its dedup ID. Shared by the CLI, the GUI and the receiver.
struct PayloadCheck
{
    enum class FamilySource { Declared, Detected, None };

    QString family;
    FamilySource familySource = FamilySource::None;
    QString familyReason; // "detected crm: has opportunityId"
    bool parsed = false;
    Findings findings;
    DedupId dedup;

    bool valid() const { return parsed && !hasErrors(findings); }

    // Checks a parsed payload found at `pointer` inside `text` (for positions).
    // `family` may be empty: then it is detected from the payload.
    static PayloadCheck check(const Validator &validator, const QString &family,
        simdjson::dom::element payload, std::string_view text, const QString &pointer = {},
        int firstLine = 1);
    // Parses `text` (the payload itself) and checks it; a parse failure is one error finding.
    static PayloadCheck checkText(
        const Validator &validator, const QString &family, std::string_view text);
    // The same with a parser the caller keeps between calls (no allocation per call);
    // `padded` as in JsonParser::parse.
    static PayloadCheck checkText(const Validator &validator, const QString &family,
        std::string_view text, JsonParser &parser, bool padded = false);
};
