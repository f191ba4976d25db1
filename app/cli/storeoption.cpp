#include "storeoption.h"

#include <QDir>
#include <QStandardPaths>

namespace StoreOption {

QCommandLineOption option()
{
    return QCommandLineOption(QStringLiteral("store"),
                              QStringLiteral("The SQLite store file (default: %1).")
                                  .arg(defaultPath()),
                              QStringLiteral("file"));
}

QString defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("EVENTSMITH_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("Eventsmith/eventsmith.db"));
}

std::unique_ptr<EventStore> open(const QString &path, const CliIo &io)
{
    auto store = std::make_unique<EventStore>();
    const QString file = path.isEmpty() ? defaultPath() : path;
    const Result<bool> opened = store->open(file);
    if (!opened) {
        io.printError(QStringLiteral("error: store %1: %2\n").arg(file, opened.error().message));
        return nullptr;
    }
    return store;
}

} // namespace StoreOption
