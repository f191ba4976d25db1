#pragma once

// The simdjson types that core's headers name, declared without <simdjson.h>. Only core's own
// .cpp files (and core's tests) include simdjson itself: its header is 31,571 lines, and its
// classes change layout with SIMDJSON_THREADS_ENABLED, which only the targets linking simdjson
// are compiled with, so a front-end that saw those classes would disagree with core about them.
namespace simdjson {
struct padded_string;
namespace dom {
class element;
class parser;
class object;
class array;
} // namespace dom
} // namespace simdjson
