#pragma once

#include <QWidget>

class EndpointPanel;
class InboxModel;
class MessageBar;
class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class ReceiverControls;
class ReceiverCountsView;
class Workspace;

// The local receiver's page: start/stop, settings and faults, where to point a sender, the
// live inbox with the details of a request, counts per family and status, save to library.
class ReceiverPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverPage(Workspace &workspace, QWidget *parent = nullptr);

    InboxModel *inboxModel() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void toggleReceiver();
    void clearInbox();
    void saveSelectedToLibrary();
    void openInComposer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    QWidget *buildInbox();
    QWidget *buildInboxStack();
    QWidget *buildLeftColumn();
    void applySettings();
    void startReceiver();
    void updateState();
    void updateEmptyState();
    void showDetails();
    void refreshCounts();
    QList<int> selectedRows() const;

    Workspace &m_workspace;
    InboxModel *m_model = nullptr;
    MessageBar *m_messageBar = nullptr;
    ReceiverControls *m_controls = nullptr;
    EndpointPanel *m_endpoint = nullptr;
    ReceiverCountsView *m_counts = nullptr;
    QStackedWidget *m_inboxStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *m_startStopAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
};
