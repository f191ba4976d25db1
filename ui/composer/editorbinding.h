#pragma once

#include "ui/composer/composerdocument.h"

#include <QObject>
#include <QPointer>

class JsonEditor;

// Binds the JSON editor to the document in front: the editor mirrors the document's text (and
// its cursor), and what the user types in the editor becomes an edit of the document. Every
// change of the document, whatever its origin, is then reported once through changed().
class EditorBinding final : public QObject
{
    Q_OBJECT

public:
    explicit EditorBinding(JsonEditor *editor, QObject *parent = nullptr);

    ComposerDocument *document() const { return m_document; }
    // Shows `document` in the editor, its cursor where it was left.
    void bind(ComposerDocument *document);
    // Replaces the document's text with `text` as one undo step (only the differing span).
    void apply(const QString &text, ComposerDocument::Origin origin, const QString &title,
        const QString &mergeKey = {});

signals:
    void changed(ComposerDocument::Origin origin);

private:
    void editorChanged();
    void documentEdited(
        int position, int removed, const QString &inserted, ComposerDocument::Origin origin);

    JsonEditor *m_editor = nullptr;
    QPointer<ComposerDocument> m_document;
    bool m_mirroring = false; // the editor is being set to the document's text
};
