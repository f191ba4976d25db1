#pragma once

#include <QWidget>

class EventListModel;
class EventPreview;
class EventTableView;
class LibraryFilterBar;
class LibraryOperations;
class MessageBar;
class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class SetListModel;
class Workspace;

// The library: sets on the left, saved events on the right over lazy models of the store,
// instant search and filters, undoable edits, import and export. Nothing is read from the store
// until the page is first shown, and then only the first page of rows.
class LibraryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(Workspace &workspace, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    EventListModel *eventModel() const { return m_events; }
    SetListModel *setModel() const { return m_sets; }
    LibraryOperations *operations() const { return m_operations; }
    // Selects a set on the left (0: all events).
    void showSet(qint64 setId);
    QList<qint64> selectedEventIds() const;
    void addSelectionToSet(qint64 setId);
    QString emptyStateText() const;

public slots:
    void openImport(const QString &path = {});
    void openExport();
    void focusSearch();

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void buildActions();
    void buildToolBar();
    void showContextMenu(const QPoint &at);
    void updateSetActions();
    void stepSelection(int direction);
    void previewCurrent(const QModelIndex &current);
    int memberCount(qint64 setId) const;
    QAction *addPageAction(const QString &text, const QKeySequence &key, const QString &name);
    void connectModels();
    void loadIfNeeded();
    void reloadAll(qint64 selectSet = 0);
    void applyFilter();
    void updateEmptyState();
    void updateCount();
    QString searchCountText() const;
    void afterChange(qint64 selectSet);
    void deleteSelection();
    void renameCurrent();
    void duplicateSelection();
    void removeSelectionFromSet();
    void newSet();
    void showAddToSetMenu();
    void openCurrent();

    Workspace &m_workspace;
    QUndoStack *m_undo = nullptr;
    EventListModel *m_events = nullptr;
    SetListModel *m_sets = nullptr;
    LibraryOperations *m_operations = nullptr;
    MessageBar *m_messages = nullptr;
    LibraryFilterBar *m_filters = nullptr;
    QListView *m_setView = nullptr;
    EventTableView *m_eventView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QToolBar *m_toolBar = nullptr;
    EventPreview *m_preview = nullptr;
    bool m_loaded = false;
    bool m_stale = false;
    bool m_notifying = false;
};
