#pragma once

#include "core/json/jsonerror.h"

#include "core/json/simdjsonfwd.h"

#include <cstddef>
#include <memory>
#include <string_view>

// Parses JSON text with simdjson (GB/s). Reusable; one instance per thread.
// On failure it rescans the text to say where and what was expected.
class JsonParser final
{
public:
    JsonParser();
    ~JsonParser();
    JsonParser(const JsonParser &) = delete;
    JsonParser &operator=(const JsonParser &) = delete;

    // `padded` means SIMDJSON_PADDING readable bytes follow the text, saving a copy.
    // The returned element lives until the next parse() on this parser.
    bool parse(
        std::string_view text, simdjson::dom::element *root, JsonError *error, bool padded = false);

    static constexpr int maxDepth = 1000;
    // Bytes a caller leaves readable after the text to parse it with `padded` (no copy).
    static constexpr std::size_t Padding = 64;

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
};
