#include "ui/composer/editorbinding.h"

#include "ui/composer/jsoneditor.h"
#include "ui/composer/texteditcommand.h"

EditorBinding::EditorBinding(JsonEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EditorBinding::editorChanged);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_document && !m_mirroring)
            m_document->setCursor(m_editor->textCursor().position());
    });
}

void EditorBinding::bind(ComposerDocument *document)
{
    if (m_document)
        disconnect(m_document, &ComposerDocument::edited, this, nullptr);
    m_document = document;
    connect(document, &ComposerDocument::edited, this, &EditorBinding::documentEdited);
    m_mirroring = true;
    m_editor->setPlainText(document->text());
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(qBound(0, document->cursor(), int(document->text().size())));
    m_editor->setTextCursor(cursor);
    m_mirroring = false;
    m_editor->ensureCursorVisible();
}

void EditorBinding::apply(const QString &text, ComposerDocument::Origin origin,
    const QString &title, const QString &mergeKey)
{
    const TextEditCommand::Span span = TextEditCommand::diff(m_document->text(), text);
    if (!span.isEmpty())
        m_document->edit(
            span.position, int(span.removed.size()), span.inserted, origin, title, mergeKey);
}

// A keystroke (or the editor's own cut, paste, drop): the document takes the change.
void EditorBinding::editorChanged()
{
    if (m_mirroring || !m_document)
        return;
    const TextEditCommand::Span span
        = TextEditCommand::diff(m_document->text(), m_editor->toPlainText());
    if (!span.isEmpty())
        m_document->edit(span.position, int(span.removed.size()), span.inserted,
            ComposerDocument::Origin::Typing);
}

// Changes that did not come from the editor are mirrored into it.
void EditorBinding::documentEdited(
    int position, int removed, const QString &inserted, ComposerDocument::Origin origin)
{
    if (origin != ComposerDocument::Origin::Typing) {
        m_mirroring = true;
        m_editor->replaceRange(position, removed, inserted);
        m_mirroring = false;
    }
    emit changed(origin);
}
