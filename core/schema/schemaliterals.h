#pragma once

#include <simdjson.h>

#include <optional>
#include <vector>

// The values of a schema location's "enum" and "const", as elements of the document that
// CompiledSchema keeps parsed. Kept out of schemanode.h so the front-ends never see simdjson.
struct SchemaLiterals
{
    std::vector<simdjson::dom::element> enumValues;
    std::optional<simdjson::dom::element> constValue;
};
