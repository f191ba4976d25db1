#include "ui/composer/composerpage.h"

#include "ui/composer/collisionfinder.h"
#include "ui/composer/composerlayout.h"
#include "ui/composer/deduppanel.h"
#include "ui/composer/fieldhelppanel.h"
#include "ui/composer/findingspanel.h"
#include "ui/composer/formfield.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/livechecker.h"
#include "ui/composer/schemaform.h"
#include "ui/composer/schemaorderedjson.h"
#include "ui/composer/send/sendbar.h"
#include "ui/composer/send/sendpanel.h"
#include "ui/composer/texteditcommand.h"
#include "ui/widgets/bannerlabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include "core/quickfix/quickfixer.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
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
    m_collisions = std::make_unique<CollisionFinder>(workspace.store());
    m_undo = new QUndoStack(this);
    m_formTimer = new QTimer(this);
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(formFollowDelayMs);
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("familyCombo"));
    m_family->addItem(tr("Detect automatically"), QString());
    for (const QString &family : m_schemas.families())
        m_family->addItem(family, family);
    m_familyNote = new QLabel;
    m_familyNote->setObjectName(QStringLiteral("familyNote"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Family:")));
    top->addWidget(m_family);
    top->addWidget(m_familyNote, 1);
    m_send = new SendPanel(workspace);
    top->addWidget(m_send->bar());
    addActions(m_send->shortcutActions());
    m_messages = new MessageBar;
    m_editor = new JsonEditor;
    m_help = new FieldHelpPanel;
    m_findings = new FindingsPanel;
    m_dedup = new DedupPanel;
    m_layout
        = new ComposerLayout({buildFormColumn(), m_help, m_editor, m_findings, m_dedup, m_send});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(m_layout, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerPage::textChanged);
    connect(m_editor, &JsonEditor::undoRequested, m_undo, &QUndoStack::undo);
    connect(m_editor, &JsonEditor::redoRequested, m_undo, &QUndoStack::redo);
    connect(m_editor, &JsonEditor::payloadPasted, this,
        [this](const QString &text) { replacePayload(text, tr("the clipboard")); });
    connect(m_editor, &JsonEditor::fileDropped, this, &ComposerPage::openFile);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        recheck();
        syncForm();
    });
    connect(m_formTimer, &QTimer::timeout, this, &ComposerPage::syncForm);
    connect(m_findings, &FindingsPanel::findingActivated, this, &ComposerPage::activateFinding);
    connect(m_findings, &FindingsPanel::quickFixRequested, this, &ComposerPage::applyQuickFix);
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { trackFocus(now); });
    connectSendPanel();
    connect(&workspace, &Workspace::openEventRequested, this, &ComposerPage::openStoredEvent);
    connect(&workspace, &Workspace::libraryChanged, this, [this] {
        m_collisions->invalidate();
        showDedup();
    });
}

QWidget *ComposerPage::buildFormColumn()
{
    m_formBanner = new BannerLabel(ThemeColors::Tone::Error);
    m_formBanner->setObjectName(QStringLiteral("formBanner"));
    m_formBanner->hide();
    m_forms = new QStackedWidget;
    m_forms->setObjectName(QStringLiteral("forms"));
    auto *formBox = new QWidget;
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formBanner);
    formLayout->addWidget(m_forms, 1);
    return formBox;
}

void ComposerPage::connectSendPanel()
{
    m_send->setDraftSource([this] { return Draft {m_text, m_check}; });
    connect(m_send, &SendPanel::messageRequested, m_messages, &MessageBar::showMessage);
    connect(m_send, &SendPanel::saved, this, &ComposerPage::setOpenEvent);
    connect(this, &ComposerPage::openEventChanged, m_send,
        [this](qint64 eventId) { m_send->setOpenEvent(eventId, m_eventName); });
}

ComposerPage::~ComposerPage() = default;

SchemaForm *ComposerPage::currentForm() const
{
    return qobject_cast<SchemaForm *>(m_forms->currentWidget());
}

SchemaForm *ComposerPage::formFor(const QString &family)
{
    const CompiledSchema *schema = m_schemas.schema(family);
    if (!schema)
        return currentForm();
    for (int i = 0; i < m_forms->count(); ++i) {
        auto *form = static_cast<SchemaForm *>(m_forms->widget(i));
        if (&form->schema() == schema)
            return form;
    }
    auto *form = new SchemaForm(*schema);
    m_forms->addWidget(form);
    connect(form, &SchemaForm::fieldEdited, this, &ComposerPage::fieldEdited);
    return form;
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
    const CompiledSchema *schema = m_schemas.schema(family);
    if (!schema || index < 0 || index >= schema->examples().size())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(schema->examples().at(index));
    setOpenEvent(0, QString());
    applyText(SchemaOrderedJson::write(doc.object(), schema->root()),
        tr("Load %1 example").arg(schema->subTypes().value(index)), QString(), false);
}

void ComposerPage::replacePayload(const QString &text, const QString &origin)
{
    {
        const QSignalBlocker blocker(m_family);
        m_family->setCurrentIndex(0);
    }
    setOpenEvent(0, QString());
    applyText(text, tr("Paste event"), QString(), false);
    m_messages->showMessage(m_check.family.isEmpty()
            ? tr("Loaded from %1; no family fits it.").arg(origin)
            : tr("Loaded from %1: %2").arg(origin, m_check.familyReason));
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

void ComposerPage::applyText(
    const QString &text, const QString &title, const QString &mergeKey, bool fromForm)
{
    const TextEditCommand::Span span = TextEditCommand::diff(m_text, text);
    if (span.isEmpty())
        return;
    m_pendingTitle = title;
    m_pendingMerge = mergeKey;
    m_fromForm = fromForm;
    m_syncNow = true;
    m_editor->replaceRange(span.position, int(span.removed.size()), span.inserted);
    m_fromForm = m_syncNow = false;
    m_pendingTitle.clear();
    m_pendingMerge.clear();
}

void ComposerPage::applyUndoStep(int position, int length, const QString &text)
{
    m_applying = m_syncNow = true;
    m_editor->replaceRange(position, length, text);
    m_applying = m_syncNow = false;
}

void ComposerPage::textChanged()
{
    const QString text = m_editor->toPlainText();
    if (!m_applying) {
        const TextEditCommand::Span span = TextEditCommand::diff(m_text, text);
        if (!span.isEmpty()) {
            auto applier = [this](int p, int l, const QString &t) { applyUndoStep(p, l, t); };
            m_undo->push(new TextEditCommand(applier, span,
                m_pendingTitle.isEmpty() ? tr("Typing") : m_pendingTitle,
                m_pendingTitle.isEmpty() ? QStringLiteral("typing") : m_pendingMerge));
        }
    }
    m_text = text;
    recheck();
    if (m_fromForm)
        return; // the form already shows this
    if (m_syncNow)
        syncForm();
    else
        m_formTimer->start();
}

void ComposerPage::recheck()
{
    m_templatesResolved = m_checker->check(m_text, m_family->currentData().toString(), m_check);
    const QByteArray utf8 = m_checker->utf8();
    m_findings->setFindings(m_check.findings);
    showDedup();
    m_editor->setFindings(m_check.findings, utf8);
    m_familyNote->setText(m_check.familySource == PayloadCheck::FamilySource::Detected
            ? m_check.familyReason
            : QString());
    showStatus();
}

void ComposerPage::showDedup()
{
    m_dedup->setDedup(m_check.family, m_check.dedup);
    m_dedup->setTemplatesResolved(m_templatesResolved);
    m_dedup->setCollisions(m_collisions->find(m_check.dedup.id, m_eventId));
}

void ComposerPage::setOpenEvent(qint64 eventId, const QString &name)
{
    const bool changed = eventId != m_eventId || name != m_eventName;
    m_eventId = eventId;
    m_eventName = name;
    showDedup();
    if (changed)
        emit openEventChanged(eventId);
}

void ComposerPage::openStoredEvent(qint64 eventId)
{
    const auto event = m_workspace.store().event(eventId);
    if (!event) {
        m_messages->showMessage(
            tr("Event %1 could not be opened: %2").arg(eventId).arg(event.error().message),
            MessageBar::Level::Error);
        return;
    }
    const StoredEvent &stored = event.value();
    {
        const QSignalBlocker blocker(m_family);
        m_family->setCurrentIndex(qMax(0, m_family->findData(stored.family)));
    }
    setOpenEvent(eventId, stored.name);
    applyText(stored.payload, tr("Open %1").arg(stored.name), QString(), false);
    m_messages->showMessage(
        tr("Opened “%1” from the library; Save (Ctrl+S) updates it.").arg(stored.name));
}

QList<QAction *> ComposerPage::sendActions() const
{
    return m_send->actions();
}

void ComposerPage::syncForm()
{
    m_formTimer->stop();
    const QByteArray utf8 = m_text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    SchemaForm *form = formFor(formFamily());
    if (form)
        m_forms->setCurrentWidget(form);
    if (utf8.trimmed().isEmpty()) {
        m_formBanner->hide();
        m_lastValid = QJsonObject(); // a new, empty event
        if (form)
            form->setPayload(m_lastValid);
        return;
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // The checker's parse finding, so the banner and the findings agree on the position.
        const Finding parse = m_check.findings.value(0);
        m_formBanner->setText(error.error == QJsonParseError::NoError || m_check.parsed
                ? tr("The payload is not a JSON object; the form shows the last one that was.")
                : tr("JSON error at line %1, column %2: %3. The form shows the last valid payload.")
                      .arg(parse.line)
                      .arg(parse.column)
                      .arg(parse.message));
        m_formBanner->show();
        return;
    }
    m_formBanner->hide();
    m_lastValid = doc.object();
    if (!form)
        return;
    form->setPayload(m_lastValid);
    m_findings->setFixes(QuickFixer::find(form->schema(), m_lastValid));
}

void ComposerPage::fieldEdited(const QString &name)
{
    auto *form = qobject_cast<SchemaForm *>(sender());
    if (!form)
        return;
    // Only the edited field is written: values the form cannot show stay as they are.
    QJsonObject payload = m_lastValid;
    const QJsonValue value = form->fieldValue(name);
    if (value.isUndefined())
        payload.remove(name);
    else
        payload.insert(name, value);
    m_lastValid = payload;
    const FormField *field = form->field(name);
    applyText(SchemaOrderedJson::write(payload, form->schema().root()),
        tr("Edit %1").arg(field ? field->info().title : name), QStringLiteral("field:") + name,
        true);
    m_findings->setFixes(QuickFixer::find(form->schema(), m_lastValid));
}

void ComposerPage::applyQuickFix(const QuickFix &requested)
{
    const QuickFix fix = requested; // syncForm() replaces the list `requested` may live in
    syncForm();
    SchemaForm *form = currentForm();
    if (!form || !m_formBanner->isHidden()) {
        m_messages->showMessage(tr("Fix the JSON syntax first: quick fixes need a parsed payload."),
            MessageBar::Level::Warning);
        return;
    }
    const Result<QJsonObject> fixed = QuickFixer::apply(form->schema(), m_lastValid, fix);
    if (!fixed) {
        m_messages->showMessage(fixed.error().message, MessageBar::Level::Warning);
        return;
    }
    applyText(SchemaOrderedJson::write(fixed.value(), form->schema().root()), fix.title, QString(),
        false);
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
        cursor.setPosition(JsonEditor::characterPosition(m_text.toUtf8(), finding.offset));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
    }
    const QString field = finding.path.section(QLatin1Char('/'), 1, 1);
    SchemaForm *form = currentForm();
    if (form && !field.isEmpty() && m_formBanner->isHidden() && form->focusField(field))
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
    if (m_text.trimmed().isEmpty())
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
