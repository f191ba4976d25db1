#pragma once

#include <QList>
#include <QWidget>

class ComposerPage;
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
// confirmation before an event with error findings goes out.
class SendPanel final : public QWidget
{
    Q_OBJECT

public:
    SendPanel(Workspace &workspace, ComposerPage &composer, QWidget *parent = nullptr);

    SendBar *bar() const { return m_bar; }
    QList<QAction *> actions() const { return m_actions; }
    bool busy() const;

public slots:
    void send();
    void save();
    void cancel();
    void editTargets();
    void resend(const SendRecord &record);

private:
    void buildActions();
    void startSend(const QByteArray &body, const QString &family);
    void sent(const SendResult &result, qint64 recordId, const QString &problem);
    void openEventChanged(qint64 eventId);
    void busyChanged(bool busy);

    Workspace &m_workspace;
    ComposerPage &m_composer;
    SendBar *m_bar = nullptr;
    SendController *m_controller = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResponseView *m_response = nullptr;
    HistoryPanel *m_history = nullptr;
    QAction *m_cancelAction = nullptr;
    QList<QAction *> m_actions;
};
