#pragma once

#include <QString>

// Where a replay page file dialog opens: the folder the user last chose a file of that kind in
// (one settings key per kind), while it still exists; else Documents, else the home folder.
class DialogFolder final
{
public:
    enum class Kind { Reports };

    static QString settingsKey(Kind kind);
    static QString folder(Kind kind);
    // The folder of `chosenFile`, for the next dialog of this kind.
    static void remember(Kind kind, const QString &chosenFile);
    // `fileName` in the folder, to preselect in a save dialog.
    static QString pathFor(Kind kind, const QString &fileName);

private:
    static QString fallback();
};
