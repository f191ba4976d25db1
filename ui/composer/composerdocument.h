#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

// One open event in the composer (a tab): its JSON text, which stored event it edits (or a new
// event), its own undo stack and its own sends. The text changes only through edit(), so every
// change, whatever made it, flows the same way:
//
//   keystroke  editor ─► page diffs editor vs document ─► edit(Typing)   ─► undo step (merged)
//   form edit  field  ─► page writes that field        ─► edit(Form)     ─► undo step ─► editor
//   quick fix, paste, format ──────────────────────────► edit(Replace)  ─► undo step ─► editor
//   undo/redo  QUndoStack ─► TextEditCommand ──────────► edit(Undo)     ─► no step   ─► editor
//
// edited() tells the page, which mirrors the text into the editor (except for typing, which
// came from there) and rechecks. Undo and redo only ever change the text: the identity (event
// id and name) changes only by save, so an undo can never make Save write to another event.
class ComposerDocument final : public QObject
{
    Q_OBJECT

public:
    enum class Origin { Typing, Form, Replace, Undo };

    // A document holding `text`, clean when it equals `savedText`.
    ComposerDocument(const QString &text, const QString &savedText, QObject *parent = nullptr);
    ~ComposerDocument() override;

    const QString &text() const { return m_text; }
    // Replaces `length` characters at `position` with `inserted`.
    void edit(int position, int length, const QString &inserted, Origin origin,
        const QString &title = {}, const QString &mergeKey = {});
    // Replaces the whole text as one step (only the part that differs is recorded).
    void replaceText(const QString &text, Origin origin, const QString &title);
    QUndoStack *undoStack() const { return m_undo; }

    // Identity: the stored event this document edits; 0 for a new event.
    qint64 eventId() const { return m_eventId; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    // Which stored event an opened or restored document edits; never called by an edit.
    void setIdentity(qint64 eventId, const QString &name);
    // The text was stored as event `eventId`: the document now edits it and is clean.
    void markSaved(qint64 eventId, const QString &name);
    // The stored event went away (deleted): the document becomes a new, unsaved event.
    void detach();
    bool isDirty() const { return m_text != m_savedText; }
    // The tab's title: the event's name, or what a new event is, with a dirty marker.
    QString title() const;
    void setDraftTitle(const QString &title);

    // The family the user chose (empty: detected from the text).
    QString familyChoice() const { return m_familyChoice; }
    void setFamilyChoice(const QString &family);
    int cursor() const { return m_cursor; }
    void setCursor(int position) { m_cursor = position; }

    // Sends of a new event (history rows without an event), handed to the event once saved.
    QList<qint64> unsavedSends() const { return m_unsavedSends; }
    void setUnsavedSends(const QList<qint64> &ids) { m_unsavedSends = ids; }
    void addSend(qint64 recordId);
    // The response shown for this document: its last send (0: none yet).
    qint64 lastSend() const { return m_lastSend; }

    // Where the document is kept as a draft in the store (0: not yet written).
    qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    // Changes not yet written to the draft.
    bool needsWrite() const { return m_needsWrite; }
    void setWritten() { m_needsWrite = false; }

signals:
    void edited(int position, int removed, const QString &inserted, Origin origin);
    // Title, dirty state or identity changed.
    void stateChanged();

private:
    void changed();

    QString m_text;
    QString m_savedText;
    QUndoStack *m_undo = nullptr;
    qint64 m_eventId = 0;
    QString m_name;
    QString m_draftTitle;
    QString m_familyChoice;
    int m_cursor = 0;
    QList<qint64> m_unsavedSends;
    qint64 m_lastSend = 0;
    qint64 m_draftId = 0;
    bool m_needsWrite = true;
};
