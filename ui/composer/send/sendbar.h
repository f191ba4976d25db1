#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class Workspace;

// The composer's send row: where to (target picker and its editor), Send with its progress
// and Cancel, and Save with the event's name and an optional set to add it to.
class SendBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SendBar(Workspace &workspace, QWidget *parent = nullptr);

    void setBusy(bool busy);
    QString eventName() const;
    void setEventName(const QString &name);
    qint64 chosenSetId() const;
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    void reloadTargets();
    void reloadSets();

signals:
    void sendClicked();
    void cancelClicked();
    void saveClicked();
    void editTargetsClicked();

private:
    QWidget *buildSendControls(QToolButton *edit);
    QToolButton *button(const QString &text, const QString &name, const QString &tip);

    Workspace &m_workspace;
    QComboBox *m_target = nullptr;
    QToolButton *m_send = nullptr;
    QToolButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_sendControls = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_set = nullptr;
};
