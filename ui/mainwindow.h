#pragma once

#include "schema/schemaset.h"
#include "validation/payloadcheck.h"

#include <QMainWindow>

#include <memory>

class ComposerPage;
class QListWidget;
class QStackedWidget;
class Validator;

// The main window: a navigation list of pages (the composer first; library, send, replay
// and receiver pages are added with addPage), the menus with every shortcut, and the
// remembered layout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    const PayloadCheck &lastCheck() const;
    ComposerPage *composer() const { return m_composer; }
    // Adds a page to the navigation; the list shows once there is more than one page.
    void addPage(const QIcon &icon, const QString &title, QWidget *page);

public slots:
    void loadExample(const QString &family, int index);
    void recheck();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void openFile();
    void pasteEvent();
    void restoreLayout();

    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
    ComposerPage *m_composer = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};
