#pragma once

#include "ui/composer/composerdocument.h"

#include "core/quickfix/quickfix.h"
#include "core/validation/payloadcheck.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class CollisionFinder;
class ComposerActions;
class ComposerLayout;
class ComposerSession;
class DocumentTabs;
class EditorBinding;
class DedupPanel;
class FieldHelpPanel;
class FindBar;
class FindingsPanel;
class FormColumn;
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

// The composer: open events as tabs (ComposerDocument, kept as drafts by ComposerSession), and
// for the tab in front the form generated from the schema and the raw JSON editor kept in sync
// both ways, live findings with quick fixes, the live dedup ID (templates resolved, collisions
// with the library shown), and the send panel below.
// The document's text is the single source of truth; the editor mirrors it, and the form
// follows it (after a short pause while typing, so keystrokes only pay for the checks) and
// writes back one field at a time. ComposerDocument says how each kind of change flows.
class ComposerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ComposerPage() override;

    const PayloadCheck &lastCheck() const { return m_check; }
    // The undo stack of the tab in front (each tab has its own).
    QUndoStack *undoStack() const;
    JsonEditor *editor() const { return m_editor; }
    SchemaForm *currentForm() const;
    MessageBar *messageBar() const { return m_messages; }
    QString text() const;
    ComposerDocument *currentDocument() const;
    DocumentTabs *tabs() const { return m_tabs; }
    ComposerSession *session() const { return m_session; }
    // The stored event the tab in front edits (0: a new, unsaved event), for history and save.
    qint64 openEventId() const;
    QString openEventName() const;
    // Send, save and targets, for the window's menus.
    QList<QAction *> sendActions() const;
    // New, duplicate, close, reopen and switch tabs, format, for the window's menus.
    ComposerActions *documentActions() const { return m_actions; }
    // The last session's tabs, or the first sample on a first start.
    void restoreDocuments();
    // Writes every tab's draft now (quit, page switch).
    void keepDrafts();
    SendPanel *sendPanel() const { return m_send; }
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public slots:
    // A new tab from the schema's example for `family` and sub-type `index`.
    void loadExample(const QString &family, int index);
    // A new tab with `text`; its family is detected (paste as new event, open, drop).
    void replacePayload(const QString &text, const QString &origin);
    void openFile(const QString &path);
    void newEvent();
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
    // Another tab came to the front, with its own undo stack.
    void undoStackChanged(QUndoStack *stack);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectDocumentActions();
    void connectSendPanel();
    void showDocument(ComposerDocument *document);
    void documentChanged(ComposerDocument::Origin origin);
    void pastedOver(const QString &text);
    void applyText(const QString &text, const QString &title, const QString &mergeKey, int origin);
    bool saveDocument(ComposerDocument *document);
    void documentSaved(qint64 eventId, const QString &name);
    void activateFinding(const Finding &finding);
    void trackFocus(QWidget *now);
    void showStatus();
    void showDedup();
    QString formFamily() const;

    Workspace &m_workspace;
    const SchemaSet &m_schemas;
    const Validator &m_validator;
    PayloadCheck m_check;
    std::unique_ptr<LiveChecker> m_checker;
    std::unique_ptr<CollisionFinder> m_collisions;
    bool m_templatesResolved = false;
    EditorBinding *m_binding = nullptr;
    FindBar *m_find = nullptr;
    DocumentTabs *m_tabs = nullptr;
    ComposerSession *m_session = nullptr;
    ComposerDocument *m_shown = nullptr; // the document the views show
    QPointer<ComposerDocument> m_sending; // the document whose send is under way
    ComposerActions *m_actions = nullptr;
    QComboBox *m_family = nullptr;
    QLabel *m_familyNote = nullptr;
    MessageBar *m_messages = nullptr;
    JsonEditor *m_editor = nullptr;
    FormColumn *m_form = nullptr;
    FieldHelpPanel *m_help = nullptr;
    FindingsPanel *m_findings = nullptr;
    DedupPanel *m_dedup = nullptr;
    ComposerLayout *m_layout = nullptr;
    SendPanel *m_send = nullptr;
    QTimer *m_formTimer = nullptr;
};
