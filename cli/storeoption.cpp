#include "cli/storeoption.h"

#include "core/storage/storelocation.h"

namespace StoreOption {

QCommandLineOption option()
{
    return QCommandLineOption(QStringLiteral("store"),
        QStringLiteral("The SQLite store file (default: %1).").arg(defaultPath()),
        QStringLiteral("file"));
}

QString defaultPath()
{
    return StoreLocation::defaultPath();
}

std::unique_ptr<EventStore> open(const QString &path, const CliIo &io)
{
    auto store = std::make_unique<EventStore>();
    const QString file = path.isEmpty() ? defaultPath() : path;
    const Result<> opened = store->open(file);
    if (!opened) {
        io.printError(QStringLiteral("error: store %1: %2\n").arg(file, opened.error().message));
        return nullptr;
    }
    return store;
}

} // namespace StoreOption
