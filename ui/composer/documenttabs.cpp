#include "ui/composer/documenttabs.h"

#include "ui/composer/composerdocument.h"

#include <QMouseEvent>

namespace {

// Reopen closed tab goes back this far.
constexpr int closedTabsKept = 20;

} // namespace

DocumentTabs::DocumentTabs(QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(QStringLiteral("documentTabs"));
    setTabsClosable(true);
    setMovable(true);
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    setDocumentMode(true);
    setFocusPolicy(Qt::NoFocus); // Ctrl+Tab switches; the keyboard stays in the editor
    connect(this, &QTabBar::currentChanged, this,
        [this](int index) { emit currentDocumentChanged(documentAt(index)); });
    connect(this, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (ComposerDocument *document = documentAt(index))
            emit closeRequested(document);
    });
    connect(this, &QTabBar::tabMoved, this, &DocumentTabs::arrangementChanged);
}

ComposerDocument *DocumentTabs::documentAt(int index) const
{
    return index < 0 ? nullptr
                     : qobject_cast<ComposerDocument *>(tabData(index).value<QObject *>());
}

int DocumentTabs::indexOf(const ComposerDocument *document) const
{
    for (int i = 0; i < count(); ++i)
        if (documentAt(i) == document)
            return i;
    return -1;
}

ComposerDocument *DocumentTabs::current() const
{
    return documentAt(currentIndex());
}

QList<ComposerDocument *> DocumentTabs::documents() const
{
    QList<ComposerDocument *> list;
    for (int i = 0; i < count(); ++i)
        list << documentAt(i);
    return list;
}

void DocumentTabs::add(ComposerDocument *document, bool inBackground)
{
    document->setParent(this);
    const int index = inBackground ? count() : currentIndex() + 1;
    {
        // The first tab becomes current inside insertTab, before it has its document.
        const QSignalBlocker blocker(this);
        insertTab(index, document->title());
        setTabData(index, QVariant::fromValue<QObject *>(document));
    }
    connect(document, &ComposerDocument::stateChanged, this,
        [this, document] { refreshTitle(document); });
    refreshTitle(document);
    if (currentIndex() == index && !inBackground)
        emit currentDocumentChanged(document);
    else if (!inBackground)
        setCurrentIndex(index);
    emit arrangementChanged();
}

void DocumentTabs::show(ComposerDocument *document)
{
    const int index = indexOf(document);
    if (index >= 0)
        setCurrentIndex(index);
}

void DocumentTabs::remove(ComposerDocument *document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    m_closed.append(snapshot(document));
    while (m_closed.size() > closedTabsKept)
        m_closed.removeFirst();
    removeTab(index);
    document->deleteLater();
    emit arrangementChanged();
}

ComposerDocument *DocumentTabs::findEvent(qint64 eventId) const
{
    for (ComposerDocument *document : documents())
        if (eventId > 0 && document->eventId() == eventId)
            return document;
    return nullptr;
}

void DocumentTabs::showNext()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + 1) % count());
}

void DocumentTabs::showPrevious()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

StoredDraft DocumentTabs::takeClosed()
{
    return m_closed.isEmpty() ? StoredDraft {} : m_closed.takeLast();
}

StoredDraft DocumentTabs::snapshot(const ComposerDocument *document) const
{
    StoredDraft draft;
    draft.id = document->draftId();
    draft.eventId = document->eventId();
    draft.name = document->name();
    draft.family = document->familyChoice();
    draft.text = document->text();
    draft.dirty = document->isDirty();
    draft.cursor = document->cursor();
    draft.sendIds = document->unsavedSends();
    draft.position = indexOf(document);
    draft.current = document == current();
    return draft;
}

void DocumentTabs::refreshTitle(ComposerDocument *document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    const QString title = document->title();
    if (tabText(index) != title)
        setTabText(index, title);
    const QString tip = document->eventId() > 0
        ? tr("“%1”, stored event %2").arg(document->name()).arg(document->eventId())
        : tr("A new event, not in the library yet");
    setTabToolTip(index, document->isDirty() ? tip + tr(" (unsaved changes)") : tip);
}

// A middle click closes a tab, as in browsers and editors.
void DocumentTabs::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (ComposerDocument *document = documentAt(tabAt(event->position().toPoint()))) {
            emit closeRequested(document);
            return;
        }
    }
    QTabBar::mouseReleaseEvent(event);
}
