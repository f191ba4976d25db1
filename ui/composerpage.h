#pragma once

#include "quickfix/quickfix.h"
#include "validation/payloadcheck.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class DedupPanel;
class FieldHelpPanel;
class FindingsPanel;
class JsonParser;
class JsonEditor;
class MessageBar;
class QComboBox;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;
class SchemaForm;
class SchemaSet;
class Validator;

// The composer: the form generated from the schema and the raw JSON editor kept in sync
// both ways, live findings with quick fixes, the live dedup ID, and one undo stack for all.
// The JSON text is the single source of truth; the form follows it (after a short pause
// while typing, so keystrokes only pay for the checks) and writes back one field at a time.
class ComposerPage final : public QWidget
{
    Q_OBJECT

public:
    ComposerPage(const SchemaSet &schemas, const Validator &validator, QWidget *parent = nullptr);
    ~ComposerPage() override;

    const PayloadCheck &lastCheck() const { return m_check; }
    QUndoStack *undoStack() const { return m_undo; }
    JsonEditor *editor() const { return m_editor; }
    SchemaForm *currentForm() const;
    MessageBar *messageBar() const { return m_messages; }
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public slots:
    void loadExample(const QString &family, int index);
    // Replaces the event with `text` and lets the family be detected (paste, drop, open).
    void replacePayload(const QString &text, const QString &origin);
    void openFile(const QString &path);
    void recheck();
    void syncForm();
    void applyQuickFix(const QuickFix &fix);
    void focusForm();
    void focusEditor();
    void copyDedupId();
    void applySelectedQuickFix();

signals:
    void statusMessage(const QString &text);

private:
    QWidget *buildFormColumn();
    QWidget *buildSideColumn();
    void textChanged();
    void fieldEdited(const QString &name);
    void applyText(
        const QString &text, const QString &title, const QString &mergeKey, bool fromForm);
    void applyUndoStep(int position, int length, const QString &text);
    void activateFinding(const Finding &finding);
    void trackFocus(QWidget *now);
    void showStatus();
    QString formFamily() const;
    SchemaForm *formFor(const QString &family);

    const SchemaSet &m_schemas;
    const Validator &m_validator;
    PayloadCheck m_check;
    QString m_text; // the editor's text as last seen, for undo spans
    QByteArray m_utf8; // m_text in UTF-8 plus padding, reused between keystrokes
    std::unique_ptr<JsonParser> m_parser;
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
    QSplitter *m_splitter = nullptr;
    QSplitter *m_formSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QUndoStack *m_undo = nullptr;
    QTimer *m_formTimer = nullptr;
};
