#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "core/json/simdjsonfwd.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Type bits of the JSON Schema "type" keyword.
enum JsonTypeBit : unsigned {
    NullType = 1u << 0,
    BooleanType = 1u << 1,
    IntegerType = 1u << 2,
    NumberType = 1u << 3,
    StringType = 1u << 4,
    ArrayType = 1u << 5,
    ObjectType = 1u << 6,
    AnyType = 0x7fu,
};

enum class StringFormat { None, DateTime, Date, Email, Uri };

// A warning or info that the schema attaches to a value ("x-findings").
struct SchemaFindingRule
{
    enum class When { Present, Empty, Future };
    When when = When::Present;
    bool isWarning = true; // else info
    QString code;
    QString message;
    qint64 futureSeconds = 86400;
};

// A custom code/message for a failing keyword ("x-errors").
struct SchemaErrorText
{
    QString code;
    QString message;
};

struct SchemaLiterals;

// One compiled schema location. Nodes are owned by their CompiledSchema; pointers between
// nodes stay valid for its lifetime. Keywords absent from the document keep their defaults.
struct SchemaNode
{
    QString location; // "#/properties/to/items"
    bool alwaysFalse = false; // the boolean schema `false`
    unsigned types = AnyType;

    // objects
    std::vector<std::pair<std::string, const SchemaNode *>> properties; // document order
    std::vector<std::string> required;
    const SchemaNode *additionalProperties = nullptr; // nullptr: any property allowed
    bool warnUnknownProperties = false; // "x-unknown-properties": "warning"
    std::optional<qint64> minProperties;
    std::optional<qint64> maxProperties;

    // arrays
    const SchemaNode *items = nullptr;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;

    // strings (lengths in code points)
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    StringFormat format = StringFormat::None;

    // numbers
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusiveMinimum;
    std::optional<double> exclusiveMaximum;

    // any type
    // "enum" and "const" as parsed values, for the validator (core/schema/schemaliterals.h);
    // the string members of "enum" as text, for forms.
    std::shared_ptr<SchemaLiterals> literals;
    bool hasEnum = false;
    QStringList enumStrings;
    std::vector<const SchemaNode *> allOf;
    std::vector<const SchemaNode *> anyOf;
    std::vector<const SchemaNode *> oneOf;
    const SchemaNode *notSchema = nullptr;
    const SchemaNode *ref = nullptr; // resolved "$ref"; siblings are ignored as in draft-07

    // annotations for people, forms and docs
    QString title;
    QString description;
    QString assumption; // "x-assumption": a decision the public docs leave open
    QString widget; // "x-widget": a hint for generated forms
    QStringList suggestions; // "x-suggestions": common values of a free string
    QStringList processedForAnalytics; // "x-processed-for-analytics" on the sub-type enum
    bool hasProcessedList = false;
    std::vector<SchemaFindingRule> findingRules;
    QHash<QString, SchemaErrorText> errorTexts; // keyword -> custom text

    const SchemaNode *property(std::string_view name) const
    {
        for (const auto &p : properties)
            if (p.first == name)
                return p.second;
        return nullptr;
    }
    bool isRequired(std::string_view name) const
    {
        for (const auto &r : required)
            if (r == name)
                return true;
        return false;
    }
    // Follows $ref chains to the node that carries the keywords.
    const SchemaNode *resolved() const
    {
        const SchemaNode *n = this;
        for (int guard = 0; n->ref && guard < 64; ++guard)
            n = n->ref;
        return n;
    }
};
