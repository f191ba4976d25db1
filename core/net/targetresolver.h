#pragma once

#include "core/common/result.h"
#include "core/net/targetconfig.h"

class EventStore;
struct Target;

// Turns what the user typed after --target into a TargetConfig: a URL (with `{eventType}`,
// or a bare origin that gets the documented path), a preset name, or a target saved in the
// store.
namespace TargetResolver {
Result<TargetConfig> resolve(const QString &text, EventStore *store);
TargetConfig fromStored(const Target &target);
Target toStored(const TargetConfig &config);
// The port `eventsmith-cli serve` listens on by default, so "local" works without setup.
constexpr quint16 DefaultReceiverPort = 8787;
} // namespace TargetResolver
