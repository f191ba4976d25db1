#pragma once

#include "core/validation/finding.h"

#include <QByteArray>
#include <QString>

#include "core/json/simdjsonfwd.h"

#include <string_view>

class Clock;
class SchemaSet;
class CompiledSchema;

// Validates payloads of one family against the compiled schemas and reports every finding
// (spec §3). Stateless apart from the schemas and the clock; safe to share across threads.
class Validator final
{
public:
    explicit Validator(const SchemaSet &schemas, const Clock *clock = nullptr);

    // Findings of an already parsed payload, without positions. Unknown family: one error.
    Findings validate(const QString &family, simdjson::dom::element payload) const;

    // Adds line/column/offset to each finding. `text` is the document the payload came from
    // and `prefix` the pointer of the payload inside it ("" when the text is the payload).
    static void locate(
        Findings &findings, std::string_view text, const QString &prefix = {}, int firstLine = 1);

    const SchemaSet &schemas() const { return m_schemas; }

private:
    const SchemaSet &m_schemas;
    const Clock *m_clock;
};
