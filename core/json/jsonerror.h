#pragma once

#include "core/json/textposition.h"

#include <QString>

// Why a text is not JSON, and where: "expected ',' or '}' after an object member".
struct JsonError
{
    QString code; // stable: "parse-error", "invalid-utf8", "too-deep", "number-out-of-range", ...
    QString message; // what was expected and what to do
    TextPosition position;
};
