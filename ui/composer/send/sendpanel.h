#pragma once

#include "ui/composer/send/draft.h"
#include "ui/widgets/messagebar.h"

#include <QList>
#include <QWidget>

class HistoryPanel;
class QAction;
class QTabWidget;
class ResponseView;
class SendBar;
class SendController;
class Workspace;
struct SendRecord;
struct SendResult;

// Sending from the composer: the send row (SendBar, placed by the composer in its top row),
// the Response and History tabs, the send and save actions with their shortcuts, and the
// confirmation before an event with error findings goes out. It reads the event through a
// DraftSource and reports through signals; the composer owns the wiring.
class SendPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SendPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setDraftSource(DraftSource source) { m_draft = std::move(source); }
    SendBar *bar() const { return m_bar; }
    // Send, save and targets, for menus; with cancel, the shortcuts the composer carries.
    QList<QAction *> actions() const { return m_actions; }
    QList<QAction *> shortcutActions() const
    {
        return m_actions + QList<QAction *> {m_cancelAction};
    }
    bool busy() const;
    qint64 openEventId() const { return m_eventId; }
    // Whether the keyboard is in the response or history, where Find searches the response.
    bool hasFocusInside() const;
    void findInResponse();

public slots:
    void send();
    void save();
    void cancel();
    void editTargets();
    void resend(const SendRecord &record);
    void saveAs();
    void copyAsCurl();
    // The event the composer's tab edits (0: a new one) or its new name after a save.
    void setOpenEvent(qint64 eventId, const QString &name);
    // Another tab is in front: its event, its sends and its last response.
    void showDocument(const OpenDocument &document);

signals:
    void messageRequested(const QString &text, MessageBar::Level level);
    // The draft was stored as event `eventId` named `name`.
    void saved(qint64 eventId, const QString &name);
    // A send begins; its history record follows through recorded().
    void sendStarted();
    void recorded(qint64 recordId);

private:
    void buildActions();
    void startSend(const QByteArray &body, const QString &family);
    void sendNow(const QByteArray &body, const QString &family);
    void sent(const SendResult &result, qint64 recordId, const QString &problem);
    void store(qint64 eventId, const QString &eventName);
    void busyChanged(bool busy);
    void tell(const QString &text, MessageBar::Level level = MessageBar::Level::Info);

    Workspace &m_workspace;
    DraftSource m_draft;
    qint64 m_eventId = 0; // the open event, for the send history
    QString m_eventName;
    SendBar *m_bar = nullptr;
    SendController *m_controller = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResponseView *m_response = nullptr;
    HistoryPanel *m_history = nullptr;
    QAction *m_cancelAction = nullptr;
    QList<QAction *> m_actions;
};
