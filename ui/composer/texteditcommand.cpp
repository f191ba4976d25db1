#include "ui/composer/texteditcommand.h"

TextEditCommand::TextEditCommand(
    Applier applier, const Span &span, const QString &title, const QString &mergeKey)
    : m_apply(std::move(applier))
    , m_span(span)
    , m_mergeKey(mergeKey)
{
    setText(title);
}

void TextEditCommand::undo()
{
    m_apply(m_span.position, int(m_span.inserted.size()), m_span.removed);
    m_applied = false;
}

void TextEditCommand::redo()
{
    if (m_applied)
        return; // QUndoStack::push calls redo(); the text already changed
    m_apply(m_span.position, int(m_span.removed.size()), m_span.inserted);
    m_applied = true;
}

bool TextEditCommand::mergeWith(const QUndoCommand *other)
{
    // Runs of typed characters (in the editor or one form field) undo as one step.
    const auto *next = static_cast<const TextEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || !next->m_span.removed.isEmpty()
        || next->m_span.position != m_span.position + m_span.inserted.size()
        || next->m_span.inserted.contains(QLatin1Char('\n')))
        return false;
    m_span.inserted += next->m_span.inserted;
    return true;
}

TextEditCommand::Span TextEditCommand::diff(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    const QChar *a = before.constData();
    const QChar *b = after.constData();
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (
        suffix < shorter - prefix && a[before.size() - 1 - suffix] == b[after.size() - 1 - suffix])
        ++suffix;
    Span span;
    span.position = int(prefix);
    span.removed = before.mid(prefix, before.size() - prefix - suffix);
    span.inserted = after.mid(prefix, after.size() - prefix - suffix);
    return span;
}
