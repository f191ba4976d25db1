#include "librarypage.h"

#include "workspace.h"

LibraryPage::LibraryPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("libraryPage"));
}
