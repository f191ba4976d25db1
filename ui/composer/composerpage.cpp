#include "ui/composer/composerpage.h"

#include "ui/composer/collisionfinder.h"
#include "ui/composer/composeractions.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerlayout.h"
#include "ui/composer/composersession.h"
#include "ui/composer/deduppanel.h"
#include "ui/composer/documenttabs.h"
#include "ui/composer/draftkeeper.h"
#include "ui/composer/editorbinding.h"
#include "ui/composer/fieldhelppanel.h"
#include "ui/composer/findingspanel.h"
#include "ui/composer/formcolumn.h"
#include "ui/composer/formfield.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/livechecker.h"
#include "ui/composer/neweventdialog.h"
#include "ui/composer/schemaform.h"
#include "ui/composer/send/sendbar.h"
#include "ui/composer/send/sendpanel.h"
#include "ui/widgets/findbar.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include "core/json/jsonformatter.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Pause after the last keystroke before the form follows the editor.
constexpr int formFollowDelayMs = 150;

} // namespace

ComposerPage::ComposerPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_schemas(workspace.schemas())
    , m_validator(workspace.validator())
{
    setObjectName(QStringLiteral("composerPage"));
    m_checker = std::make_unique<LiveChecker>(m_validator);
    m_checker->allowEnvironment(workspace.currentTarget().templateEnvironment);
    m_collisions = std::make_unique<CollisionFinder>(workspace.store());
    m_formTimer = new QTimer(this);
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(formFollowDelayMs);
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("familyCombo"));
    m_family->setAccessibleName(tr("Family"));
    m_family->addItem(tr("Detect automatically"), QString());
    for (const QString &family : m_schemas.families())
        m_family->addItem(family, family);
    m_familyNote = new QLabel;
    m_familyNote->setObjectName(QStringLiteral("familyNote"));
    m_familyNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *familyLabel = new QLabel(tr("&Family:"));
    familyLabel->setBuddy(m_family);
    auto *top = new QHBoxLayout;
    top->addWidget(familyLabel);
    top->addWidget(m_family);
    top->addWidget(m_familyNote, 1);
    m_send = new SendPanel(workspace);
    top->addWidget(m_send->bar());
    addActions(m_send->shortcutActions());
    m_messages = new MessageBar;
    m_tabs = new DocumentTabs;
    m_editor = new JsonEditor;
    m_help = new FieldHelpPanel;
    m_findings = new FindingsPanel;
    m_dedup = new DedupPanel;
    m_form = new FormColumn(m_schemas);
    m_find = new FindBar(m_editor);
    m_layout
        = new ComposerLayout({m_form, m_help, m_find->withView(), m_findings, m_dedup, m_send});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs);
    layout->addWidget(m_layout, 1);

    m_session = new ComposerSession(workspace, *m_tabs, this);
    m_session->setSaver([this](ComposerDocument *document) { return saveDocument(document); });
    connect(m_session, &ComposerSession::message, m_messages, &MessageBar::showMessage);
    connect(m_tabs, &DocumentTabs::currentDocumentChanged, this, &ComposerPage::showDocument);
    connectDocumentActions();

    m_binding = new EditorBinding(m_editor, this);
    connect(m_binding, &EditorBinding::changed, this, &ComposerPage::documentChanged);
    connect(m_editor, &JsonEditor::undoRequested, this, [this] { undoStack()->undo(); });
    connect(m_editor, &JsonEditor::redoRequested, this, [this] { undoStack()->redo(); });
    connect(m_editor, &JsonEditor::payloadPasted, this, &ComposerPage::pastedOver);
    connect(m_editor, &JsonEditor::fileDropped, this, &ComposerPage::openFile);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        if (m_shown)
            m_shown->setFamilyChoice(m_family->currentData().toString());
        recheck();
        syncForm();
    });
    connect(m_formTimer, &QTimer::timeout, this, &ComposerPage::syncForm);
    connect(m_form, &FormColumn::fieldWritten, this,
        [this](const QString &text, const QString &title, const QString &name) {
            applyText(
                text, title, QStringLiteral("field:") + name, int(ComposerDocument::Origin::Form));
        });
    connect(m_form, &FormColumn::fixesChanged, m_findings, &FindingsPanel::setFixes);
    connect(m_findings, &FindingsPanel::findingActivated, this, &ComposerPage::activateFinding);
    connect(m_findings, &FindingsPanel::quickFixRequested, this, &ComposerPage::applyQuickFix);
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { trackFocus(now); });
    connectSendPanel();
    connect(
        &workspace, &Workspace::openEventRequested, m_session, &ComposerSession::openStoredEvent);
    // The target decides which variables {{env.NAME}} may read in the preview, as at send.
    const auto followTarget = [this] {
        m_checker->allowEnvironment(m_workspace.currentTarget().templateEnvironment);
        recheck();
    };
    connect(&workspace, &Workspace::currentTargetChanged, this, followTarget);
    connect(&workspace, &Workspace::targetsChanged, this, followTarget);
    connect(&workspace, &Workspace::libraryChanged, this, [this] {
        m_session->libraryChanged();
        if (m_send->openEventId() != openEventId()) // its event was deleted: a new event now
            m_send->setOpenEvent(openEventId(), openEventName());
        m_collisions->invalidate();
        showDedup();
    });
}

void ComposerPage::connectDocumentActions()
{
    m_actions = new ComposerActions(this);
    connect(m_actions->newEvent, &QAction::triggered, this, &ComposerPage::newEvent);
    connect(
        m_actions->duplicate, &QAction::triggered, m_session, &ComposerSession::duplicateCurrent);
    connect(m_actions->closeTab, &QAction::triggered, m_session, &ComposerSession::closeCurrent);
    connect(m_actions->reopenTab, &QAction::triggered, m_session, &ComposerSession::reopenClosed);
    connect(m_actions->nextTab, &QAction::triggered, m_tabs, &DocumentTabs::showNext);
    connect(m_actions->previousTab, &QAction::triggered, m_tabs, &DocumentTabs::showPrevious);
    // Where the response is read, Find and Replace search it (read-only: find only).
    const auto findWhereTheKeyboardIs = [this](bool replace) {
        if (m_send->hasFocusInside())
            m_send->findInResponse();
        else if (replace)
            m_find->showReplace();
        else
            m_find->showFind();
    };
    connect(m_actions->find, &QAction::triggered, this,
        [findWhereTheKeyboardIs] { findWhereTheKeyboardIs(false); });
    connect(m_actions->replace, &QAction::triggered, this,
        [findWhereTheKeyboardIs] { findWhereTheKeyboardIs(true); });
    connect(m_actions->format, &QAction::triggered, this, [this] {
        applyText(JsonFormatter::format(text()), tr("Format JSON"), QString(),
            int(ComposerDocument::Origin::Replace));
    });
}

void ComposerPage::connectSendPanel()
{
    m_send->setDraftSource([this] { return Draft {text(), m_check}; });
    connect(m_send, &SendPanel::messageRequested, m_messages, &MessageBar::showMessage);
    connect(m_send, &SendPanel::saved, this, &ComposerPage::documentSaved);
    // A send belongs to the tab it started from, even when another tab is in front by the end.
    connect(m_send, &SendPanel::sendStarted, this, [this] { m_sending = m_shown; });
    connect(m_send, &SendPanel::recorded, this, [this](qint64 recordId) {
        if (m_sending)
            m_sending->addSend(recordId);
        if (m_sending != m_shown && m_shown) // sent from a tab no longer in front
            m_send->showDocument({m_shown->eventId(), m_shown->name(), m_shown->unsavedSends(),
                m_shown->lastSend()});
    });
}

ComposerPage::~ComposerPage()
{
    keepDrafts();
}

QUndoStack *ComposerPage::undoStack() const
{
    return m_shown->undoStack();
}

QString ComposerPage::text() const
{
    return m_shown ? m_shown->text() : QString();
}

ComposerDocument *ComposerPage::currentDocument() const
{
    return m_shown;
}

qint64 ComposerPage::openEventId() const
{
    return m_shown ? m_shown->eventId() : 0;
}

QString ComposerPage::openEventName() const
{
    return m_shown ? m_shown->name() : QString();
}

void ComposerPage::restoreDocuments()
{
    m_session->restore();
}

void ComposerPage::keepDrafts()
{
    m_session->keeper().writeNow();
}

void ComposerPage::hideEvent(QHideEvent *event)
{
    keepDrafts(); // another page: whatever was typed is kept now
    m_actions->setEnabled(false); // Ctrl+W on the library must not close a tab unseen
    QWidget::hideEvent(event);
}

void ComposerPage::showEvent(QShowEvent *event)
{
    m_actions->setEnabled(true);
    QWidget::showEvent(event);
}

SchemaForm *ComposerPage::currentForm() const
{
    return m_form->currentForm();
}

QString ComposerPage::formFamily() const
{
    const QString chosen = m_family->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    if (!m_check.family.isEmpty())
        return m_check.family;
    return currentForm() ? currentForm()->schema().family() : QStringLiteral("emails");
}

void ComposerPage::loadExample(const QString &family, int index)
{
    m_session->openExample(family, index);
}

void ComposerPage::newEvent()
{
    auto *dialog = new NewEventDialog(m_schemas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewEventDialog::chosen, this, &ComposerPage::loadExample);
    dialog->open();
}

void ComposerPage::replacePayload(const QString &text, const QString &origin)
{
    m_session->openText(text, tr("From %1").arg(origin));
    m_messages->showMessage(m_check.family.isEmpty()
            ? tr("Loaded from %1; no family fits it.").arg(origin)
            : tr("Loaded from %1: %2").arg(origin, m_check.familyReason));
}

// A whole payload pasted over the editor's text: an edit of this tab, its family detected anew.
void ComposerPage::pastedOver(const QString &text)
{
    m_family->setCurrentIndex(0);
    applyText(text, tr("Paste event"), QString(), int(ComposerDocument::Origin::Replace));
    m_messages->showMessage(m_check.family.isEmpty() ? tr("Pasted; no family fits it.")
                                                     : tr("Pasted: %1").arg(m_check.familyReason));
}

void ComposerPage::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(
            tr("Cannot open %1: %2").arg(path, file.errorString()), MessageBar::Level::Error);
        return;
    }
    replacePayload(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
}

// Brings `document` to the views: the editor mirrors its text, the form, findings, dedup ID and
// send panel follow, and the window's Edit > Undo acts on its stack.
void ComposerPage::showDocument(ComposerDocument *document)
{
    if (!document || document == m_shown)
        return;
    m_shown = document;
    m_form->forget();
    {
        const QSignalBlocker blocker(m_family);
        m_family->setCurrentIndex(qMax(0, m_family->findData(document->familyChoice())));
    }
    m_binding->bind(document);
    m_send->showDocument(
        {document->eventId(), document->name(), document->unsavedSends(), document->lastSend()});
    recheck();
    syncForm();
    emit undoStackChanged(document->undoStack());
}

// The one path every change of the shown document takes to the checks and the form.
void ComposerPage::documentChanged(ComposerDocument::Origin origin)
{
    recheck();
    if (origin == ComposerDocument::Origin::Form)
        return; // the form already shows this
    if (origin == ComposerDocument::Origin::Typing)
        m_formTimer->start(); // keystrokes pay only for the checks
    else
        syncForm();
}

void ComposerPage::applyText(
    const QString &text, const QString &title, const QString &mergeKey, int origin)
{
    m_binding->apply(text, ComposerDocument::Origin(origin), title, mergeKey);
}

void ComposerPage::recheck()
{
    m_templatesResolved = m_checker->check(text(), m_family->currentData().toString(), m_check);
    const QByteArray utf8 = m_checker->utf8();
    m_findings->setFindings(m_check.findings);
    showDedup();
    m_editor->setFindings(m_check.findings, utf8);
    m_familyNote->setText(m_check.familySource == PayloadCheck::FamilySource::Detected
            ? m_check.familyReason
            : QString());
    m_familyNote->setToolTip(m_familyNote->text());
    showStatus();
}

void ComposerPage::showDedup()
{
    m_dedup->setDedup(m_check.family, m_check.dedup);
    m_dedup->setTemplatesResolved(m_templatesResolved);
    m_dedup->setCollisions(m_collisions->find(m_check.dedup.id, openEventId()));
}

void ComposerPage::openStoredEvent(qint64 eventId)
{
    m_session->openStoredEvent(eventId);
}

// Close > Save: the tab comes to the front and is saved as Ctrl+S would.
bool ComposerPage::saveDocument(ComposerDocument *document)
{
    m_tabs->show(document);
    m_send->save();
    return !document->isDirty();
}

// The shown document was stored: it now edits that event, and its sends go with it.
void ComposerPage::documentSaved(qint64 eventId, const QString &name)
{
    if (!m_shown)
        return;
    const QList<qint64> sends = m_shown->unsavedSends();
    if (!sends.isEmpty() && m_shown->eventId() == 0)
        if (const auto attached = m_workspace.store().history().attachToEvent(sends, eventId);
            !attached)
            m_messages->showMessage(tr("The sends made before saving stay apart from the event: %1")
                                        .arg(attached.error().message),
                MessageBar::Level::Warning);
    m_shown->markSaved(eventId, name);
    m_send->showDocument({eventId, name, {}, m_shown->lastSend()});
    showDedup();
    keepDrafts();
}

QList<QAction *> ComposerPage::sendActions() const
{
    return m_send->actions();
}

void ComposerPage::syncForm()
{
    m_formTimer->stop();
    m_form->follow(text(), formFamily(), m_check);
}

void ComposerPage::applyQuickFix(const QuickFix &requested)
{
    const QuickFix fix = requested; // syncForm() replaces the list `requested` may live in
    syncForm();
    const Result<QString> fixed = m_form->applyQuickFix(fix);
    if (!fixed) {
        m_messages->showMessage(fixed.error().message, MessageBar::Level::Warning);
        return;
    }
    applyText(fixed.value(), fix.title, QString(), int(ComposerDocument::Origin::Replace));
    m_messages->showMessage(
        tr("Applied: %1. Undo with %2.")
            .arg(fix.title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void ComposerPage::applySelectedQuickFix()
{
    m_findings->applySelectedFix();
}

void ComposerPage::activateFinding(const Finding &finding)
{
    if (finding.offset >= 0) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(JsonEditor::characterPosition(text().toUtf8(), finding.offset));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
    }
    if (m_form->focusField(finding.path.section(QLatin1Char('/'), 1, 1)))
        return;
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerPage::trackFocus(QWidget *now)
{
    for (QWidget *w = now; w && w != this; w = w->parentWidget()) {
        if (auto *field = qobject_cast<FormField *>(w)) {
            m_help->showField(field->info());
            return;
        }
    }
}

void ComposerPage::showStatus()
{
    const int errors = int(std::count_if(m_check.findings.cbegin(), m_check.findings.cend(),
        [](const Finding &f) { return f.severity == Severity::Error; }));
    if (text().trimmed().isEmpty())
        emit statusMessage(
            tr("Empty: paste a payload, drop a file or pick one under File > New from example"));
    else if (m_check.findings.isEmpty())
        emit statusMessage(tr("Valid %1 event, no findings").arg(m_check.family));
    else
        emit statusMessage(tr("%n finding(s)", nullptr, int(m_check.findings.size()))
            + tr(", %n error(s)", nullptr, errors));
}

void ComposerPage::focusForm()
{
    if (SchemaForm *form = currentForm())
        form->setFocus(Qt::ShortcutFocusReason);
    if (SchemaForm *form = currentForm(); form && form->field(QStringLiteral("eventType")))
        form->focusField(QStringLiteral("eventType"));
}

void ComposerPage::focusEditor()
{
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void ComposerPage::copyDedupId()
{
    m_dedup->copyId();
    if (!m_check.dedup.id.isEmpty())
        emit statusMessage(tr("Copied the dedup ID %1").arg(m_check.dedup.id));
}

void ComposerPage::saveState(QSettings &settings) const
{
    m_layout->save(settings);
}

void ComposerPage::restoreState(const QSettings &settings)
{
    m_layout->restore(settings);
}
