#include "core/storage/storelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace StoreLocation {

QString defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("EVENTSMITH_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("Eventsmith/eventsmith.db"));
}

} // namespace StoreLocation
