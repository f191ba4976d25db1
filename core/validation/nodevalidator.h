#pragma once

#include "core/validation/finding.h"

#include <simdjson.h>

#include <string_view>
#include <vector>

class Clock;
struct SchemaNode;

// Checks one JSON value against a compiled schema node and collects every finding.
// One instance per validation call: it keeps the current JSON Pointer as a stack of
// segments and turns it into text only when a finding is reported.
class NodeValidator final
{
public:
    explicit NodeValidator(const Clock *clock = nullptr);

    void validate(const SchemaNode *node, simdjson::dom::element value, Findings &out);
    // Schema checks in one validation before it stops with a finding: nested alternatives or
    // allOf branches that share a $ref multiply (40 levels of two are 2^40 checks), while an
    // ordinary payload needs a few per value (a million values stay well inside).
    static constexpr qint64 MaxChecks = 20000000;
    // Deep JSON equality as JSON Schema defines it (1 == 1.0, key order ignored).
    static bool equal(simdjson::dom::element a, simdjson::dom::element b);

private:
    struct Segment
    {
        std::string_view key;
        qint64 index = -1; // >= 0 for array items
    };

    void check(const SchemaNode *node, simdjson::dom::element value, Findings &out);
    bool checkType(const SchemaNode *node, simdjson::dom::element value, Findings &out);
    void checkEnum(const SchemaNode *node, simdjson::dom::element value, Findings &out);
    void checkString(const SchemaNode *node, std::string_view text, Findings &out);
    void checkNumber(const SchemaNode *node, double number, Findings &out);
    void checkObject(const SchemaNode *node, simdjson::dom::object object, Findings &out);
    void checkProperties(const SchemaNode *node, simdjson::dom::object object, Findings &out);
    void checkArray(const SchemaNode *node, simdjson::dom::array array, Findings &out);
    void checkCombinators(const SchemaNode *node, simdjson::dom::element value, Findings &out);
    void checkAlternatives(
        const SchemaNode *node, simdjson::dom::element value, bool exactlyOne, Findings &out);
    void checkAnnotations(const SchemaNode *node, simdjson::dom::element value, Findings &out);

    void report(Findings &out, const SchemaNode *node, const char *keyword, Severity severity,
        const QString &code, const QString &message);
    QString path() const;
    QString label() const; // "`subject`", "`to[0]`", "the payload"

    const Clock *m_clock;
    std::vector<Segment> m_path;
    qint64 m_nowMs = 0;
    qint64 m_checks = 0;
};
