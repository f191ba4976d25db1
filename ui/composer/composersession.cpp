#include "ui/composer/composersession.h"

#include "core/schema/schemaorderedjson.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/documenttabs.h"
#include "ui/composer/draftkeeper.h"
#include "ui/composer/send/dialogfacade.h"
#include "ui/workspace.h"

#include "core/library/samplesetseeder.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"

#include <QJsonDocument>
#include <QSettings>

namespace {

const QString draftsExplainedKey = QStringLiteral("composer/draftsExplained");

} // namespace

ComposerSession::ComposerSession(Workspace &workspace, DocumentTabs &tabs, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
    , m_keeper(new DraftKeeper(workspace.store(), tabs, this))
    , m_draftsExplained(QSettings().value(draftsExplainedKey).toBool())
{
    connect(m_keeper, &DraftKeeper::problem, this,
        [this](const QString &text) { emit message(text, MessageBar::Level::Warning); });
    connect(&m_tabs, &DocumentTabs::arrangementChanged, m_keeper, &DraftKeeper::arrangementChanged);
    // A switch writes every draft at once: what was typed in the tab left behind is kept.
    connect(&m_tabs, &DocumentTabs::currentDocumentChanged, m_keeper, &DraftKeeper::writeNow);
    connect(&m_tabs, &DocumentTabs::closeRequested, this, &ComposerSession::close);
}

ComposerSession::~ComposerSession() = default;

// Restored tabs are added in the background and only the one in front is shown, so twenty tabs
// cost twenty reads, not twenty checks and form refreshes.
void ComposerSession::restore()
{
    ComposerDocument *current = nullptr;
    for (const StoredDraft &draft : m_keeper->load()) {
        ComposerDocument *document = openDraft(draft, true);
        document->setWritten(); // as the store has it
        if (draft.current || !current)
            current = document;
    }
    if (current) {
        m_tabs.show(current);
        emit m_tabs.currentDocumentChanged(current); // also when it is the first tab
    }
    if (m_tabs.count() == 0 && !openFirstSample())
        openExample(QStringLiteral("emails"), 0);
    if (m_tabs.count() == 0) // no schemas either: an empty event, and the startup message says why
        openText(QString(), QString());
}

// The first sample as the stored event it is, so its dedup ID does not "collide" with itself.
bool ComposerSession::openFirstSample()
{
    EventStore &store = m_workspace.store();
    if (!store.isOpen())
        return false;
    const auto set = store.sets().byName(QLatin1String(SampleSetSeeder::SetName));
    if (!set)
        return false;
    const auto members = store.sets().members(set.value().id, 0, 1);
    if (!members || members.value().isEmpty())
        return false;
    openStoredEvent(members.value().constFirst());
    return m_tabs.count() > 0;
}

ComposerDocument *ComposerSession::openDraft(const StoredDraft &draft, bool inBackground)
{
    const QString stored = storedText(draft.eventId);
    const bool eventExists = draft.eventId > 0 && !stored.isNull();
    const QString saved = eventExists ? stored : draft.dirty ? QString() : draft.text;
    auto *document = new ComposerDocument(draft.text, saved);
    if (eventExists)
        document->setIdentity(draft.eventId, draft.name);
    document->setDraftId(draft.id);
    document->setFamilyChoice(draft.family);
    document->setCursor(draft.cursor);
    document->setUnsavedSends(draft.sendIds);
    return add(document, inBackground);
}

ComposerDocument *ComposerSession::add(ComposerDocument *document, bool inBackground)
{
    m_keeper->watch(document);
    connect(document, &ComposerDocument::stateChanged, this,
        [this, document] { explainDraftsOnce(document); });
    m_tabs.add(document, inBackground);
    return document;
}

ComposerDocument *ComposerSession::openExample(const QString &family, int index)
{
    const CompiledSchema *schema = m_workspace.schemas().schema(family);
    if (!schema || index < 0 || index >= schema->examples().size())
        return nullptr;
    const QJsonDocument example = QJsonDocument::fromJson(schema->examples().at(index));
    const QString text = SchemaOrderedJson::write(example.object(), schema->root());
    auto *document = new ComposerDocument(text, text);
    document->setDraftTitle(tr("New %1 · %2").arg(family, schema->subTypes().value(index)));
    return add(document);
}

ComposerDocument *ComposerSession::openText(const QString &text, const QString &title)
{
    auto *document = new ComposerDocument(text, QString());
    document->setDraftTitle(title);
    return add(document);
}

void ComposerSession::openStoredEvent(qint64 eventId)
{
    if (ComposerDocument *open = m_tabs.findEvent(eventId)) {
        m_tabs.show(open);
        return;
    }
    const auto event = m_workspace.store().event(eventId);
    if (!event) {
        emit message(tr("Event %1 could not be opened: %2").arg(eventId).arg(event.error().message),
            MessageBar::Level::Error);
        return;
    }
    const StoredEvent &stored = event.value();
    auto *document = new ComposerDocument(stored.payload, stored.payload);
    document->setIdentity(eventId, stored.name); // the family is detected, as for any text
    add(document);
}

void ComposerSession::duplicateCurrent()
{
    const ComposerDocument *current = m_tabs.current();
    if (!current)
        return;
    auto *copy = new ComposerDocument(current->text(), QString());
    QString title = current->title();
    if (title.endsWith(QLatin1Char('*')))
        title.chop(1);
    copy->setDraftTitle(tr("Copy of %1").arg(title));
    copy->setFamilyChoice(current->familyChoice());
    add(copy);
}

void ComposerSession::closeCurrent()
{
    if (ComposerDocument *current = m_tabs.current())
        close(current);
}

void ComposerSession::close(ComposerDocument *document)
{
    if (!document->isDirty()) {
        discard(document);
        return;
    }
    m_tabs.show(document);
    QString title = document->title();
    title.chop(1);
    DialogFacade::askToSave(m_dialogParent,
        tr("“%1” has unsaved changes. Save them to the library before closing the tab?").arg(title),
        [this, document](DialogFacade::Choice choice) {
            if (choice == DialogFacade::Choice::Cancel)
                return;
            if (choice == DialogFacade::Choice::Save && !(m_saver && m_saver(document)))
                return; // not saved: the tab stays, with the reason in the message bar
            discard(document);
        });
}

void ComposerSession::discard(ComposerDocument *document)
{
    m_keeper->forget(document->draftId());
    m_tabs.remove(document);
    if (m_tabs.count() == 0)
        openText(QString(), QString());
}

void ComposerSession::reopenClosed()
{
    if (!m_tabs.hasClosed()) {
        emit message(tr("No closed tab to reopen."));
        return;
    }
    StoredDraft draft = m_tabs.takeClosed();
    draft.id = 0; // its draft was dropped when it closed
    if (m_tabs.findEvent(draft.eventId)) { // that event has a tab again: keep both texts apart
        draft.eventId = 0;
        draft.dirty = true;
    }
    openDraft(draft);
}

void ComposerSession::libraryChanged()
{
    for (ComposerDocument *document : m_tabs.documents())
        if (document->eventId() > 0 && storedText(document->eventId()).isNull())
            document->detach();
}

// The stored payload of `eventId`; a null string when there is no such event.
QString ComposerSession::storedText(qint64 eventId) const
{
    if (eventId <= 0 || !m_workspace.store().isOpen())
        return QString();
    const auto event = m_workspace.store().event(eventId);
    return event ? event.value().payload : QString();
}

void ComposerSession::explainDraftsOnce(ComposerDocument *document)
{
    if (m_draftsExplained || !document->isDirty())
        return;
    m_draftsExplained = true;
    QSettings().setValue(draftsExplainedKey, true);
    emit message(tr("Unsaved changes are kept as drafts: quit whenever you like, your tabs come "
                    "back as they were. Save (Ctrl+S) puts an event in the library."));
}
