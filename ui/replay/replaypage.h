#pragma once

#include <QWidget>

class Workspace;

// The replay page: runs a set against a target and shows live results, charts and run history.
class ReplayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPage(Workspace &workspace, QWidget *parent = nullptr);

private:
    Workspace &m_workspace;
};
