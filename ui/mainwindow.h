#pragma once

#include "core/validation/payloadcheck.h"

#include <QMainWindow>

class ComposerPage;
class LibraryPage;
class QUndoGroup;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class Workspace;

// The main window: a navigation list of pages (the composer first; library, send, replay
// and receiver pages are added with addPage), the menus with every shortcut, and the
// remembered layout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    const PayloadCheck &lastCheck() const;
    ComposerPage *composer() const { return m_composer; }
    Workspace &workspace() const { return m_workspace; }
    // Adds a page to the navigation; the list shows once there is more than one page.
    void addPage(const QIcon &icon, const QString &title, QWidget *page);
    void showPage(QWidget *page);

public slots:
    void loadExample(const QString &family, int index);
    void recheck();
    void showShortcuts();
    void showAbout();
    void generateVariants();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildGoMenu();
    void focusPage(QWidget *page);
    QList<QSplitter *> pageSplitters() const;
    void openFile();
    void pasteEvent();
    void restoreLayout();
    void buildStatusBar();
    void updateReceiverState();

    Workspace &m_workspace;
    ComposerPage *m_composer = nullptr;
    LibraryPage *m_library = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_receiverLabel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};
