#include "ui/mainwindow.h"
#include "core/common/version.h"

#include "ui/composer/composeractions.h"
#include "ui/composer/composerpage.h"
#include "ui/widgets/messagebar.h"

#include "ui/composer/variantsdialog.h"
#include "ui/library/librarypage.h"
#include "ui/receiver/receiverpage.h"
#include "ui/replay/replaypage.h"
#include "ui/shortcutsdialog.h"
#include "ui/workspace.h"

#include "core/receiver/receiver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Eventsmith"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/compose.svg")));
    resize(1280, 800);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(160);
    m_navigation->hide();
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_composer = new ComposerPage(m_workspace);
    m_composer->restoreDocuments();
    addPage(QIcon(QStringLiteral(":/icons/compose.svg")), tr("Compose"), m_composer);
    m_library = new LibraryPage(m_workspace);
    addPage(QIcon(QStringLiteral(":/icons/library.svg")), tr("Library"), m_library);
    addPage(QIcon(QStringLiteral(":/icons/replay.svg")), tr("Replay"), new ReplayPage(m_workspace));
    addPage(QIcon(QStringLiteral(":/icons/receiver.svg")), tr("Receiver"),
        new ReceiverPage(m_workspace));
    connect(&m_workspace, &Workspace::openEventRequested, this, [this] { showPage(m_composer); });
    connect(m_composer, &ComposerPage::statusMessage, statusBar(),
        [this](const QString &text) { statusBar()->showMessage(text); });
    buildMenus();
    buildStatusBar();
    for (const QString &problem : m_workspace.startupProblems())
        m_composer->messageBar()->showMessage(problem, MessageBar::Level::Error);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

const PayloadCheck &MainWindow::lastCheck() const
{
    return m_composer->lastCheck();
}

void MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setToolTip(title);
    m_navigation->setVisible(m_pages->count() > 1);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::buildStatusBar()
{
    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeStatus"));
    m_storeLabel->setText(m_workspace.storeOpen()
            ? tr("Store: %1").arg(QDir::toNativeSeparators(m_workspace.storePath()))
            : tr("Store: not open"));
    m_storeLabel->setToolTip(m_workspace.storePath());
    m_receiverLabel = new QLabel;
    m_receiverLabel->setObjectName(QStringLiteral("receiverStatus"));
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_receiverLabel);
    connect(&m_workspace, &Workspace::receiverStateChanged, this, &MainWindow::updateReceiverState);
    updateReceiverState();
}

void MainWindow::updateReceiverState()
{
    const Receiver &receiver = m_workspace.receiver();
    m_receiverLabel->setText(receiver.isListening()
            ? tr("Receiver: listening on 127.0.0.1:%1").arg(receiver.port())
            : tr("Receiver: stopped"));
}

void MainWindow::loadExample(const QString &family, int index)
{
    m_composer->loadExample(family, index);
}

void MainWindow::recheck()
{
    m_composer->recheck();
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(
        tr("Focus the &form"), QKeySequence(tr("Ctrl+1")), m_composer, &ComposerPage::focusForm);
    view->addAction(tr("Focus the &JSON editor"), QKeySequence(tr("Ctrl+2")), m_composer,
        &ComposerPage::focusEditor);
    view->addSeparator();
    view->addActions(m_composer->documentActions()->viewActions());
    buildGoMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(
        tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Eventsmith"), this, &MainWindow::showAbout);
}

// Alt+1…Alt+9 switch pages, in navigation order.
void MainWindow::buildGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *action = go->addAction(
            m_navigation->item(i)->icon(), m_navigation->item(i)->text(), this, [this, i] {
                m_navigation->setCurrentRow(i);
                focusPage(m_pages->widget(i));
            });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
    }
}

// Alt+N leaves the keyboard in the page (where it last was, or on its first control), so the
// page's own shortcuts (Ctrl+F in the library, say) work at once.
void MainWindow::focusPage(QWidget *page)
{
    if (QWidget *last = page->focusWidget(); last && last->isVisible()) {
        last->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const ComposerActions *documents = m_composer->documentActions();
    file->addActions(documents->fileActions());
    QMenu *examples = file->addMenu(tr("New from e&xample"));
    for (const QString &family : m_workspace.schemas().families()) {
        QMenu *sub = examples->addMenu(family);
        const CompiledSchema *schema = m_workspace.schemas().schema(family);
        for (int i = 0; i < schema->subTypes().size(); ++i)
            sub->addAction(
                schema->subTypes().at(i), this, [this, family, i] { loadExample(family, i); });
    }
    file->addAction(tr("&Open JSON file…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addAction(
        tr("&Paste as new event"), QKeySequence(tr("Ctrl+Shift+V")), this, &MainWindow::pasteEvent);
    file->addSeparator();
    file->addActions(m_composer->sendActions());
    file->addSeparator();
    file->addActions(documents->tabActions());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Edit > Undo follows the page: the composer's edits or the library's.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_composer->undoStack());
    m_undoGroup->addStack(m_library->undoStack());
    m_undoGroup->setActiveStack(m_composer->undoStack());
    connect(m_composer, &ComposerPage::undoStackChanged, this, [this](QUndoStack *stack) {
        m_undoGroup->addStack(stack);
        if (m_pages->currentWidget() == m_composer)
            m_undoGroup->setActiveStack(stack);
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        QWidget *page = m_pages->currentWidget();
        m_undoGroup->setActiveStack(page == m_library ? m_library->undoStack()
                : page == m_composer                  ? m_composer->undoStack()
                                                      : nullptr);
    });
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_composer->documentActions()->editActions());
    edit->addAction(tr("Apply &quick fix"), QKeySequence(tr("Ctrl+.")), m_composer,
        &ComposerPage::applySelectedQuickFix);
    edit->addAction(tr("Copy &dedup ID"), QKeySequence(tr("Ctrl+Shift+C")), m_composer,
        &ComposerPage::copyDedupId);
    edit->addSeparator();
    QAction *variants = edit->addAction(tr("&Generate variants…"), QKeySequence(tr("Ctrl+Shift+G")),
        this, &MainWindow::generateVariants);
    variants->setObjectName(QStringLiteral("generateVariantsAction"));
}

void MainWindow::generateVariants()
{
    const QString family = m_composer->lastCheck().family;
    if (family.isEmpty()) {
        m_composer->messageBar()->showMessage(
            tr("Choose the event's family first: variants are stored as events of one family."),
            MessageBar::Level::Warning);
        return;
    }
    auto *dialog = new VariantsDialog(m_workspace, family, m_composer->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VariantsDialog::generated, m_composer->messageBar(),
        [this](const QString &summary) { m_composer->messageBar()->showMessage(summary); });
    dialog->open();
}

void MainWindow::openFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Open an event"), QString(), tr("JSON (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_composer, &ComposerPage::openFile);
    dialog->open();
}

void MainWindow::pasteEvent()
{
    m_composer->replacePayload(QApplication::clipboard()->text(), tr("the clipboard"));
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (QAction *menu : menuBar()->actions())
        groups.append({menu->text().remove(QLatin1Char('&')), menu->menu()->actions()});
    for (int i = 0; i < m_pages->count(); ++i)
        groups.append(
            {m_navigation->item(i)->text(), m_pages->widget(i)->findChildren<QAction *>()});
    groups.append({tr("In the JSON editor and find bar"), {},
        {{tr("Indent (two spaces; never a tab character)"), tr("Tab")},
            {tr("Unindent"), tr("Shift+Tab")},
            {tr("Leave the editor for the next or previous control"),
                tr("Esc, then Tab or Shift+Tab")},
            {tr("Next or previous match"), tr("Enter or Shift+Enter")},
            {tr("Close the find bar"), tr("Esc")}}});
    groups.append({tr("In the library"), {}, {{tr("From the search to the results"), tr("Down")}}});
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Eventsmith"),
        tr("<b>Eventsmith %1</b><br>A workbench for the Octave generic events "
           "API.<br>Qt %2 (built with %3)")
            .arg(QStringLiteral(EVENTSMITH_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR)),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // The first size (or one remembered from a larger screen) never exceeds this screen.
    if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableGeometry().size()));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_composer->restoreState(settings);
    for (QSplitter *splitter : pageSplitters())
        splitter->restoreState(
            settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray());
}

// Every named splitter of the other pages is remembered, so pages need no code of their own.
QList<QSplitter *> MainWindow::pageSplitters() const
{
    QList<QSplitter *> splitters;
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i) != m_composer)
            for (QSplitter *splitter : m_pages->widget(i)->findChildren<QSplitter *>())
                if (!splitter->objectName().isEmpty())
                    splitters.append(splitter);
    return splitters;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_composer->keepDrafts(); // open tabs come back at the next start, unsaved text included
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_composer->saveState(settings);
    for (QSplitter *splitter : pageSplitters())
        settings.setValue(
            QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    event->accept();
}
