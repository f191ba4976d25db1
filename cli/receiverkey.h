#pragma once

#include "cli/cliio.h"
#include "cli/commandline.h"

#include "core/common/result.h"

// Where `serve` takes the key it requires: an environment variable, a stored target's key (its
// keychain entry or variable), or --api-key, which every local user can read in `ps` and so
// is kept only with a warning.
namespace ReceiverKey {
void addOptions(CommandLine &cli);
// The key, empty when none is required; a usage error when a named source has none.
Result<QString> read(const CommandLine &cli, const CliIo &io);
} // namespace ReceiverKey
