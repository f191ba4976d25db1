#pragma once

#include "core/quickfix/quickfix.h"
#include "core/validation/payloadcheck.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class CollisionFinder;
class ComposerLayout;
class DedupPanel;
class FieldHelpPanel;
class FindingsPanel;
class JsonEditor;
class LiveChecker;
class MessageBar;
class QComboBox;
class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QTimer;
class QUndoStack;
class SchemaForm;
class SchemaSet;
class SendPanel;
class Validator;
class Workspace;

// The composer: the form generated from the schema and the raw JSON editor kept in sync
// both ways, live findings with quick fixes, the live dedup ID (templates resolved, collisions
// with the library shown), one undo stack for all, and the send panel below.
// The JSON text is the single source of truth; the form follows it (after a short pause
// while typing, so keystrokes only pay for the checks) and writes back one field at a time.
class ComposerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ComposerPage() override;

    const PayloadCheck &lastCheck() const { return m_check; }
    QUndoStack *undoStack() const { return m_undo; }
    JsonEditor *editor() const { return m_editor; }
    SchemaForm *currentForm() const;
    MessageBar *messageBar() const { return m_messages; }
    QString text() const { return m_text; }
    // The stored event the composer shows (0: a new, unsaved event), for history and save.
    qint64 openEventId() const { return m_eventId; }
    QString openEventName() const { return m_eventName; }
    void setOpenEvent(qint64 eventId, const QString &name);
    // Send, save and targets, for the window's menus.
    QList<QAction *> sendActions() const;
    SendPanel *sendPanel() const { return m_send; }
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public slots:
    void loadExample(const QString &family, int index);
    // Replaces the event with `text` and lets the family be detected (paste, drop, open).
    void replacePayload(const QString &text, const QString &origin);
    void openFile(const QString &path);
    void openStoredEvent(qint64 eventId);
    void recheck();
    void syncForm();
    void applyQuickFix(const QuickFix &fix);
    void focusForm();
    void focusEditor();
    void copyDedupId();
    void applySelectedQuickFix();

signals:
    void statusMessage(const QString &text);
    void openEventChanged(qint64 eventId);

private:
    QWidget *buildFormColumn();
    void connectSendPanel();
    void textChanged();
    void fieldEdited(const QString &name);
    void applyText(
        const QString &text, const QString &title, const QString &mergeKey, bool fromForm);
    void applyUndoStep(int position, int length, const QString &text);
    void activateFinding(const Finding &finding);
    void trackFocus(QWidget *now);
    void showStatus();
    void showDedup();
    QString formFamily() const;
    SchemaForm *formFor(const QString &family);

    Workspace &m_workspace;
    const SchemaSet &m_schemas;
    const Validator &m_validator;
    PayloadCheck m_check;
    QString m_text; // the editor's text as last seen, for undo spans
    std::unique_ptr<LiveChecker> m_checker;
    std::unique_ptr<CollisionFinder> m_collisions;
    bool m_templatesResolved = false;
    qint64 m_eventId = 0;
    QString m_eventName;
    QJsonObject m_lastValid; // the last text that parsed, as the form shows it
    QString m_pendingTitle;
    QString m_pendingMerge;
    bool m_applying = false; // an undo/redo is changing the text
    bool m_fromForm = false; // the form is writing one field
    bool m_syncNow = false; // not typing: follow with the form at once
    QComboBox *m_family = nullptr;
    QLabel *m_familyNote = nullptr;
    QLabel *m_formBanner = nullptr;
    MessageBar *m_messages = nullptr;
    JsonEditor *m_editor = nullptr;
    QStackedWidget *m_forms = nullptr;
    FieldHelpPanel *m_help = nullptr;
    FindingsPanel *m_findings = nullptr;
    DedupPanel *m_dedup = nullptr;
    ComposerLayout *m_layout = nullptr;
    SendPanel *m_send = nullptr;
    QUndoStack *m_undo = nullptr;
    QTimer *m_formTimer = nullptr;
};
