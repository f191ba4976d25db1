#include "ui/composer/composerdocument.h"

#include "ui/composer/texteditcommand.h"

#include <QUndoStack>

ComposerDocument::ComposerDocument(const QString &text, const QString &savedText, QObject *parent)
    : QObject(parent)
    , m_text(text)
    , m_savedText(savedText)
    , m_undo(new QUndoStack(this))
{ }

ComposerDocument::~ComposerDocument() = default;

void ComposerDocument::edit(int position, int length, const QString &inserted, Origin origin,
    const QString &title, const QString &mergeKey)
{
    position = qBound(0, position, int(m_text.size()));
    length = qBound(0, length, int(m_text.size()) - position);
    const QString removed = m_text.mid(position, length);
    if (removed == inserted)
        return;
    m_text.replace(position, length, inserted);
    if (origin != Origin::Undo) {
        auto apply = [this](int p, int l, const QString &t) { edit(p, l, t, Origin::Undo); };
        const bool typing = origin == Origin::Typing;
        m_undo->push(new TextEditCommand(apply, {position, removed, inserted},
            title.isEmpty() ? tr("Typing") : title, typing ? QStringLiteral("typing") : mergeKey));
    }
    emit edited(position, length, inserted, origin);
    changed();
}

void ComposerDocument::replaceText(const QString &text, Origin origin, const QString &title)
{
    const TextEditCommand::Span span = TextEditCommand::diff(m_text, text);
    if (!span.isEmpty())
        edit(span.position, int(span.removed.size()), span.inserted, origin, title);
}

void ComposerDocument::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    changed();
}

void ComposerDocument::setIdentity(qint64 eventId, const QString &name)
{
    m_eventId = eventId;
    m_name = name;
    changed();
}

void ComposerDocument::markSaved(qint64 eventId, const QString &name)
{
    m_eventId = eventId;
    m_name = name;
    m_savedText = m_text;
    m_unsavedSends.clear();
    changed();
}

void ComposerDocument::detach()
{
    m_eventId = 0;
    m_savedText.clear();
    changed();
}

void ComposerDocument::setDraftTitle(const QString &title)
{
    m_draftTitle = title;
    changed();
}

void ComposerDocument::setFamilyChoice(const QString &family)
{
    if (family == m_familyChoice)
        return;
    m_familyChoice = family;
    changed();
}

QString ComposerDocument::title() const
{
    QString title = !m_name.isEmpty() ? m_name
        : !m_draftTitle.isEmpty()     ? m_draftTitle
                                      : tr("New event");
    return isDirty() ? title + QLatin1Char('*') : title;
}

void ComposerDocument::addSend(qint64 recordId)
{
    if (recordId <= 0)
        return;
    m_lastSend = recordId;
    if (m_eventId == 0)
        m_unsavedSends.prepend(recordId);
    changed();
}

// Every change is written to the draft a moment later.
void ComposerDocument::changed()
{
    m_needsWrite = true;
    emit stateChanged();
}
