#pragma once

#include "core/json/jsonerror.h"

#include <string_view>

// A strict, non-recursive JSON scanner that finds the first syntax problem and says what
// was expected there. Used only after the fast parser failed, to explain the failure.
class JsonSyntaxChecker final
{
public:
    // Returns an error with position; code "ok" (empty message) when the text is valid JSON.
    static JsonError check(std::string_view text, int maxDepth);
    // Offset of the first number that is valid JSON but fits neither a double nor a 64-bit
    // integer (18446744073709551616, 1e400), or -1. Meaningful only for valid JSON text.
    static qint64 firstOutOfRangeNumber(std::string_view text, int maxDepth);
};
