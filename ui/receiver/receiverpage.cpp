#include "receiverpage.h"

#include "workspace.h"

ReceiverPage::ReceiverPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("receiverPage"));
}
