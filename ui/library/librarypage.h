#pragma once

#include <QWidget>

class Workspace;

// The library: sets and saved events over lazy models of the store.
class LibraryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(Workspace &workspace, QWidget *parent = nullptr);

private:
    Workspace &m_workspace;
};
