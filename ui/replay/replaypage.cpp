#include "replaypage.h"

#include "workspace.h"

ReplayPage::ReplayPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("replayPage"));
}
