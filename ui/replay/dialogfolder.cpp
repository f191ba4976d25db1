#include "ui/replay/dialogfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

QString DialogFolder::settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::Reports:
        break;
    }
    return QStringLiteral("replay/folders/reports");
}

QString DialogFolder::folder(Kind kind)
{
    const QString saved = QSettings().value(settingsKey(kind)).toString();
    // A folder removed or unmounted since would open the dialog somewhere arbitrary.
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return fallback();
}

void DialogFolder::remember(Kind kind, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    QSettings().setValue(settingsKey(kind), QFileInfo(chosenFile).absolutePath());
}

QString DialogFolder::pathFor(Kind kind, const QString &fileName)
{
    return QDir(folder(kind)).filePath(fileName);
}

QString DialogFolder::fallback()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}
