#pragma once

#include "cli/cliio.h"

#include "core/storage/eventstore.h"

#include <QCommandLineOption>

#include <memory>

// The --store option shared by commands that read or write the local store.
namespace StoreOption {
QCommandLineOption option();
// The default file: $EVENTSMITH_STORE, else eventsmith.db in the user's data folder.
QString defaultPath();
// Opens the store at `path` (or the default); prints why and returns null on failure.
std::unique_ptr<EventStore> open(const QString &path, const CliIo &io);
} // namespace StoreOption
