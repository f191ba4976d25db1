#pragma once

#include <QWidget>

class Workspace;

// The local receiver's page: start/stop, settings, faults and the live inbox.
class ReceiverPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverPage(Workspace &workspace, QWidget *parent = nullptr);

private:
    Workspace &m_workspace;
};
