#pragma once

#include "core/common/result.h"

class EventStore;
class Validator;

// Fills a new, empty store with the "Samples" set: one realistic event per sub-type, taken from
// the schemas' examples, so a first start has something to open, send and replay.
namespace SampleSetSeeder {
inline const char *const SetName = "Samples";
// Seeds only a store with no events and no sets (a user who deleted the samples keeps them
// deleted). Returns the set's id, or 0 when nothing was seeded.
Result<qint64> seedIfEmpty(EventStore &store, const Validator &validator);
} // namespace SampleSetSeeder
