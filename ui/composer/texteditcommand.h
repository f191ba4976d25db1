#pragma once

#include <QUndoCommand>

#include <functional>

// One change of the JSON text, however it was made (typing, a form field, a quick fix,
// a paste), so a single undo stack covers the form and the editor. Stores only the changed
// span, not the whole text, so a 200 KB payload costs a few bytes per step.
class TextEditCommand final : public QUndoCommand
{
public:
    // Replaces `length` characters at `position` with `text`.
    using Applier = std::function<void(int position, int length, const QString &text)>;
    struct Span
    {
        int position = 0;
        QString removed;
        QString inserted;
        bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty(); }
    };

    TextEditCommand(
        Applier applier, const Span &span, const QString &title, const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

    // The smallest span that turns `before` into `after`.
    static Span diff(const QString &before, const QString &after);

private:
    Applier m_apply;
    Span m_span;
    QString m_mergeKey;
    bool m_applied = true; // pushed after the edit happened
};
