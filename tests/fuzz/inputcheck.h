#pragma once

#include "tests/fuzz/fuzzcheck.h"

#include "core/io/inputreader.h"
#include "core/io/setfilereader.h"
#include "core/json/jsonlocator.h"
#include "core/schema/schemaset.h"
#include "core/validation/validator.h"

// The checks of one event read from a set file or NDJSON line: its payload text is the very
// text the slow path (JsonLocator over the whole input) finds, its start position is right, and
// checking and converting it never crash.
namespace InputCheck {

inline const Validator &validator()
{
    static const SchemaSet schemas = [] {
        auto loaded = SchemaSet::loadBuiltIn();
        FuzzCheck::require(loaded.ok(), "the built-in schemas did not load");
        return loaded.takeValue();
    }();
    static const Validator validator(schemas);
    return validator;
}

inline void check(const PortableEvent &converted, const InputEvent &event)
{
    FuzzCheck::require(!event.parsed
            || converted.payload
                == QByteArray(event.payloadText.data(), qsizetype(event.payloadText.size())),
        "the converted payload is not the payload text");
    if (!event.parsed)
        return;
    const std::string_view slow = JsonLocator(event.text).valueText(event.pointer);
    FuzzCheck::require(slow.empty() || event.payloadText == slow, "payload text differs");
    const qint64 offset = event.payloadText.data() - event.text.data();
    FuzzCheck::require(
        offset >= 0 && offset + qint64(event.payloadText.size()) <= qint64(event.text.size()),
        "payload text outside the input");
    const TextPosition at = TextPosition::at(event.text, offset);
    FuzzCheck::require(at.line == event.payloadStart.line && at.column == event.payloadStart.column,
        "payload start position is wrong");
    static_cast<void>(event.check(validator(), event.family));
}

} // namespace InputCheck
