#pragma once

#include <QtGlobal>

#include <simdjson.h>

// Safe views of a simdjson element as an object or array. Ranging over
// `element.get_object().value()` would iterate a reference into a destroyed temporary.
inline simdjson::dom::object asObject(simdjson::dom::element element)
{
    simdjson::dom::object object;
    const simdjson::error_code error = element.get(object);
    Q_UNUSED(error);
    return object;
}

inline simdjson::dom::array asArray(simdjson::dom::element element)
{
    simdjson::dom::array array;
    const simdjson::error_code error = element.get(array);
    Q_UNUSED(error);
    return array;
}
