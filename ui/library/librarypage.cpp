#include "ui/library/librarypage.h"

#include "ui/library/eventlistmodel.h"
#include "ui/library/eventpreview.h"
#include "ui/library/eventtableview.h"
#include "ui/library/exportdialog.h"
#include "ui/library/importdialog.h"
#include "ui/library/libraryfilterbar.h"
#include "ui/library/libraryoperations.h"
#include "ui/library/reorderplan.h"
#include "ui/library/setlistmodel.h"

#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/payloadcheck.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

LibraryPage::LibraryPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(new QUndoStack(this))
    , m_events(new EventListModel(workspace.store(), this))
    , m_sets(new SetListModel(workspace.store(), this))
    , m_operations(new LibraryOperations(workspace.store(), *m_undo, this))
{
    setObjectName(QStringLiteral("libraryPage"));
    setAcceptDrops(true);
    buildLayout();
    buildActions();
    connectModels();
    connect(&m_workspace, &Workspace::libraryChanged, this, [this] {
        if (m_notifying)
            return;
        m_stale = true; // another page changed the store: reread when seen
        if (isVisible())
            loadIfNeeded();
    });
}

void LibraryPage::buildLayout()
{
    m_messages = new MessageBar;
    m_messages->setObjectName(QStringLiteral("libraryMessages"));
    m_setView = new QListView;
    m_setView->setObjectName(QStringLiteral("librarySets"));
    m_setView->setAccessibleName(tr("Sets"));
    m_setView->setModel(m_sets);
    m_setView->setDragDropMode(QAbstractItemView::DropOnly);
    m_setView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_eventView = new EventTableView(m_events);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("libraryEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_eventView);
    m_stack->addWidget(m_empty);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("libraryCount"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_filters = new LibraryFilterBar(m_workspace.schemas());
    connect(m_filters, &LibraryFilterBar::changed, this, &LibraryPage::applyFilter);
    connect(m_filters, &LibraryFilterBar::resultsRequested, this, [this] {
        m_eventView->setFocus(Qt::ShortcutFocusReason);
        if (!m_eventView->currentIndex().isValid() && m_eventView->model()->rowCount() > 0)
            m_eventView->setCurrentIndex(m_eventView->model()->index(0, 0));
    });
    m_preview = new EventPreview;
    auto *tableAndPreview = new QSplitter(Qt::Vertical);
    tableAndPreview->setObjectName(QStringLiteral("libraryPreviewSplitter"));
    tableAndPreview->addWidget(m_stack);
    tableAndPreview->addWidget(m_preview);
    tableAndPreview->setStretchFactor(0, 3);
    tableAndPreview->setStretchFactor(1, 2);
    rightLayout->addWidget(m_filters);
    rightLayout->addWidget(tableAndPreview, 1);
    rightLayout->addWidget(m_count);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->addWidget(m_setView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("libraryToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setAccessibleName(tr("Library commands"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
}

// The commands a newcomer looks for, in sight: before, Import and Export were only in a context
// menu and behind shortcuts.
void LibraryPage::buildToolBar()
{
    const auto find = [this](const char *name) {
        return findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
    };
    find("libraryNewSet")->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    find("libraryOpen")->setIcon(QIcon(QStringLiteral(":/icons/compose.svg")));
    find("libraryDelete")->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_toolBar->addAction(find("libraryNewSet"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(find("libraryImport"));
    m_toolBar->addAction(find("libraryExport"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(find("libraryOpen"));
    m_toolBar->addAction(find("libraryDelete"));
}

// Grouped, and only what applies: no "Remove from set" while "All events" is shown.
void LibraryPage::showContextMenu(const QPoint &at)
{
    const auto find = [this](const char *name) {
        return findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
    };
    QMenu menu(this);
    menu.addAction(find("libraryOpen"));
    menu.addSeparator();
    menu.addAction(find("libraryRename"));
    menu.addAction(find("libraryDuplicate"));
    menu.addSeparator();
    menu.addAction(find("libraryAddToSet"));
    if (m_events->setId() != 0) {
        menu.addAction(find("libraryRemoveFromSet"));
        menu.addAction(find("libraryMoveUp"));
        menu.addAction(find("libraryMoveDown"));
    }
    menu.addSeparator();
    menu.addAction(find("libraryDelete"));
    menu.addSeparator();
    menu.addAction(find("libraryImport"));
    menu.addAction(find("libraryExport"));
    menu.exec(m_eventView->viewport()->mapToGlobal(at));
}

void LibraryPage::updateSetActions()
{
    const bool inSet = m_events->setId() != 0;
    if (auto *remove
        = findChild<QAction *>(QStringLiteral("libraryRemoveFromSet"), Qt::FindDirectChildrenOnly))
        remove->setEnabled(inSet);
}

QAction *LibraryPage::addPageAction(
    const QString &text, const QKeySequence &key, const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the page is used
    addAction(action);
    return action;
}

void LibraryPage::buildActions()
{
    connect(addPageAction(tr("&Delete"), QKeySequence::Delete, QStringLiteral("libraryDelete")),
        &QAction::triggered, this, &LibraryPage::deleteSelection);
    connect(addPageAction(tr("&Rename"), QKeySequence(Qt::Key_F2), QStringLiteral("libraryRename")),
        &QAction::triggered, this, &LibraryPage::renameCurrent);
    connect(addPageAction(
                tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), QStringLiteral("libraryDuplicate")),
        &QAction::triggered, this, &LibraryPage::duplicateSelection);
    connect(addPageAction(tr("Remove from set"), QKeySequence(tr("Shift+Del")),
                QStringLiteral("libraryRemoveFromSet")),
        &QAction::triggered, this, &LibraryPage::removeSelectionFromSet);
    connect(addPageAction(tr("&Add to set…"), QKeySequence(tr("Ctrl+Shift+A")),
                QStringLiteral("libraryAddToSet")),
        &QAction::triggered, this, &LibraryPage::showAddToSetMenu);
    connect(addPageAction(
                tr("&New set…"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("libraryNewSet")),
        &QAction::triggered, this, &LibraryPage::newSet);
    connect(addPageAction(tr("&Search"), QKeySequence::Find, QStringLiteral("librarySearchFocus")),
        &QAction::triggered, this, &LibraryPage::focusSearch);
    connect(
        addPageAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), QStringLiteral("libraryImport")),
        &QAction::triggered, this, [this] { openImport(); });
    connect(
        addPageAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), QStringLiteral("libraryExport")),
        &QAction::triggered, this, &LibraryPage::openExport);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("libraryUndo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("libraryRedo"));
    addActions({undo, redo}); // keys handled in event(): the window's Edit menu has them too
    connect(
        addPageAction(tr("Move &up"), QKeySequence(tr("Alt+Up")), QStringLiteral("libraryMoveUp")),
        &QAction::triggered, this, [this] { stepSelection(-1); });
    connect(addPageAction(
                tr("Move do&wn"), QKeySequence(tr("Alt+Down")), QStringLiteral("libraryMoveDown")),
        &QAction::triggered, this, [this] { stepSelection(+1); });
    QAction *open
        = addPageAction(tr("&Open in Compose"), QKeySequence(), QStringLiteral("libraryOpen"));
    open->setToolTip(tr("Open the current event in the composer (Enter)"));
    connect(open, &QAction::triggered, this, &LibraryPage::openCurrent);
    m_eventView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_eventView, &QWidget::customContextMenuRequested, this, &LibraryPage::showContextMenu);
    connect(m_eventView, &EventTableView::activated, this, &LibraryPage::openCurrent);
    buildToolBar();
    updateSetActions();
}

void LibraryPage::connectModels()
{
    connect(m_setView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_events->setSetId(m_sets->setIdAt(current.row()));
            updateCount(); // it went on showing the set chosen before
            updateSetActions();
        });
    connect(m_events, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &LibraryPage::previewCurrent);
    connect(m_events, &QAbstractItemModel::modelReset, m_preview, &EventPreview::clear);
    connect(m_events, &QAbstractItemModel::rowsInserted, this, &LibraryPage::updateEmptyState);
    connect(
        m_events, &EventListModel::renameRequested, m_operations, &LibraryOperations::renameEvent);
    connect(m_events, &EventListModel::blockMoveRequested, this,
        [this](qint64 setId, const QList<int> &rows, int target) {
            const int count = memberCount(setId);
            m_operations->reorder(setId,
                ReorderPlan::moves(ReorderPlan::asBlock(count, rows, target)), int(rows.size()));
        });
    connect(m_sets, &SetListModel::renameRequested, m_operations, &LibraryOperations::renameSet);
    connect(m_sets, &SetListModel::addRequested, m_operations, &LibraryOperations::addToSet);
    connect(m_operations, &LibraryOperations::changed, this, &LibraryPage::afterChange);
    connect(m_operations, &LibraryOperations::moved, this, [this] { afterChange(-1); });
    connect(m_operations, &LibraryOperations::failed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Level::Error);
    });
    connect(m_events, &EventListModel::readFailed, this, [this](const Error &error) {
        m_messages->showMessage(error.message, MessageBar::Level::Error);
    });
    m_operations->setMover([this](qint64 setId, int from, int to) {
        return m_events->setId() == setId && m_events->applyMove(from, to);
    });
}

void LibraryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void LibraryPage::loadIfNeeded()
{
    if (m_loaded && !m_stale)
        return;
    const qint64 current = m_sets->setIdAt(m_setView->currentIndex().row());
    m_loaded = true;
    m_stale = false;
    reloadAll(current);
}

// Rereads the sets and restarts the events from their first page (the view fetches on demand).
void LibraryPage::reloadAll(qint64 selectSet)
{
    const QSignalBlocker blocker(m_setView->selectionModel());
    m_sets->refresh();
    const int row = qMax(0, m_sets->rowOf(selectSet));
    m_setView->setCurrentIndex(m_sets->index(row));
    m_events->setSetId(m_sets->setIdAt(row));
    updateCount();
}

void LibraryPage::showSet(qint64 setId)
{
    loadIfNeeded();
    const int row = m_sets->rowOf(setId);
    if (row >= 0)
        m_setView->setCurrentIndex(m_sets->index(row));
}

void LibraryPage::applyFilter()
{
    QSignalBlocker blocker(m_events); // one reset below, not two
    m_events->setSearchText(m_filters->searchText());
    blocker.unblock();
    m_events->setFilter(m_filters->filter());
    m_preview->setSearchText(m_filters->searchText());
    updateCount();
}

QString LibraryPage::emptyStateText() const
{
    return m_empty->text();
}

// A view with no rows says why and what to do instead of showing a blank table.
void LibraryPage::updateEmptyState()
{
    if (m_events->rowCount() == 0 && m_events->canFetchMore({}))
        m_events->fetchMore({}); // what the view would do; tells empty from not yet read
    if (m_events->rowCount() > 0) {
        m_stack->setCurrentWidget(m_eventView);
        return;
    }
    const auto total = m_workspace.store().count();
    QString text;
    if (!m_workspace.storeOpen())
        text = tr("The store is not open, so there is nothing to show.");
    else if (total && total.value() == 0)
        text = tr("No events yet.\nImport or save from the composer: Import… (Ctrl+I) reads "
                  "cURL, CSV, Postman, HAR, NDJSON and set files; you can also drop a file here.");
    else if (!m_events->searchText().isEmpty() || !m_events->filter().isEmpty())
        text = tr("Nothing matches the search or filters.\nTry fewer words or clear the filters.");
    else if (m_events->setId() != 0)
        text = tr("This set is empty.\nDrag events onto it from All events, or select events "
                  "and use Add to set (Ctrl+Shift+A).");
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

// Counts come from the store's per-family tallies (no scan), or the set's size.
void LibraryPage::updateCount()
{
    const int row = m_sets->rowOf(m_events->setId());
    if (!m_events->searchText().isEmpty()) {
        m_count->setText(searchCountText());
    } else if (m_events->setId() != 0) {
        m_count->setText(
            tr("%L1 events in this set")
                .arg(m_sets->data(m_sets->index(row), SetListModel::CountRole).toLongLong()));
    } else if (const auto total = m_workspace.store().count(m_events->filter())) {
        m_count->setText(tr("%L1 events").arg(total.value()));
    }
}

QString LibraryPage::searchCountText() const
{
    // In a set the search narrows the set's own rows as they load: no count ahead of them.
    if (m_events->setId() != 0)
        return tr("Search results load as you scroll.");
    const auto found = m_workspace.store().searchCount(m_events->searchText(), m_events->filter());
    return found ? tr("%L1 events match").arg(found.value()) : found.error().message;
}

// After an edit of ours: reread, and tell the other pages (without rereading twice).
void LibraryPage::afterChange(qint64 selectSet)
{
    if (selectSet >= 0) {
        reloadAll(selectSet != 0 ? selectSet : m_events->setId());
    } else {
        const QSignalBlocker blocker(m_setView->selectionModel());
        const qint64 current = m_events->setId();
        m_sets->refresh();
        m_setView->setCurrentIndex(m_sets->index(qMax(0, m_sets->rowOf(current))));
        updateCount();
    }
    m_notifying = true;
    m_workspace.notifyLibraryChanged();
    m_notifying = false;
}

QList<qint64> LibraryPage::selectedEventIds() const
{
    return m_eventView->selectedEventIds();
}

void LibraryPage::deleteSelection()
{
    if (m_setView->hasFocus()) {
        if (const qint64 setId = m_sets->setIdAt(m_setView->currentIndex().row()))
            m_operations->removeSet(setId);
        return;
    }
    m_operations->deleteEvents(selectedEventIds());
}

void LibraryPage::renameCurrent()
{
    if (m_setView->hasFocus()) {
        m_setView->edit(m_setView->currentIndex());
        return;
    }
    m_eventView->editCurrentName();
}

void LibraryPage::duplicateSelection()
{
    m_operations->duplicateEvents(selectedEventIds(), m_events->setId());
}

void LibraryPage::removeSelectionFromSet()
{
    if (!m_events->canReorder()) {
        m_messages->showMessage(tr("Choose a set and clear the search and filters to remove "
                                   "events from it."));
        return;
    }
    m_operations->removeFromSet(m_events->setId(), m_eventView->selectedRowNumbers());
}

int LibraryPage::memberCount(qint64 setId) const
{
    const auto set = m_workspace.store().sets().set(setId);
    return set ? int(set.value().memberCount) : 0;
}

// Alt+Up / Alt+Down: the selected rows one place up or down in the set, as one undoable step.
void LibraryPage::stepSelection(int direction)
{
    if (!m_events->canReorder()) {
        m_messages->showMessage(tr("Choose a set and clear the search and filters to reorder "
                                   "its events."));
        return;
    }
    const QList<int> rows = m_eventView->selectedRowNumbers();
    if (rows.isEmpty())
        return;
    const int count = memberCount(m_events->setId());
    const QVector<int> order = direction < 0 ? ReorderPlan::steppedUp(count, rows)
                                             : ReorderPlan::steppedDown(count, rows);
    m_operations->reorder(m_events->setId(), ReorderPlan::moves(order), int(rows.size()));
}

void LibraryPage::addSelectionToSet(qint64 setId)
{
    m_operations->addToSet(setId, selectedEventIds());
}

void LibraryPage::showAddToSetMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("libraryAddToSetMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int row = 1; row < m_sets->rowCount(); ++row) {
        const qint64 setId = m_sets->setIdAt(row);
        menu->addAction(m_sets->nameAt(row), this, [this, setId] { addSelectionToSet(setId); });
    }
    menu->addSeparator();
    menu->addAction(tr("New set…"), this, &LibraryPage::newSet);
    menu->popup(m_eventView->viewport()->mapToGlobal(
        m_eventView->visualRect(m_eventView->currentIndex()).bottomLeft()));
}

void LibraryPage::newSet()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("libraryNewSetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New set"));
    dialog->setLabelText(tr("Name of the new set:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            m_operations->createSet(name.trimmed());
    });
    dialog->open();
}

// The payload is read from the store and checked here: the list keeps only what it shows.
void LibraryPage::previewCurrent(const QModelIndex &current)
{
    const qint64 id = m_events->eventId(current.row());
    const auto event = m_workspace.store().event(id);
    if (id == 0 || !event) {
        m_preview->clear();
        return;
    }
    const QByteArray text = event.value().payload.toUtf8();
    const PayloadCheck check = PayloadCheck::checkText(m_workspace.validator(),
        event.value().family, std::string_view(text.constData(), size_t(text.size())));
    m_preview->display(event.value(), check.findings);
}

void LibraryPage::openCurrent()
{
    if (const qint64 id = m_events->eventId(m_eventView->currentIndex().row()))
        emit m_workspace.openEventRequested(id);
}

void LibraryPage::focusSearch()
{
    m_filters->focusSearch();
}

void LibraryPage::openImport(const QString &path)
{
    auto *dialog = new ImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty()) {
        dialog->setKind(ImportDialog::guessKind(path));
        dialog->setPath(path);
    }
    connect(dialog, &ImportDialog::imported, this, [this](const LibraryImporter::Outcome &outcome) {
        m_workspace.notifyTargetsChanged(); // a cURL import may have added a target
        afterChange(outcome.setId);
    });
    dialog->open();
}

void LibraryPage::openExport()
{
    auto *dialog = new ExportDialog(m_workspace, m_events->setId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Undo and redo go to the library's stack while the page has the focus; without this the
// window's Edit menu (the composer's stack) would take the same keys.
bool LibraryPage::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void LibraryPage::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo))
        m_undo->undo();
    else if (event->matches(QKeySequence::Redo))
        m_undo->redo();
    else
        QWidget::keyPressEvent(event);
}

void LibraryPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LibraryPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            openImport(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
}
