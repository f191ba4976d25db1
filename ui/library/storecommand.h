#pragma once

#include <QUndoCommand>

#include <functional>

// One undoable change to the store, given as a pair of functions. Each returns false when the
// store refused, so the page can say so; afterwards `changed` refreshes the views.
class StoreCommand final : public QUndoCommand
{
public:
    using Step = std::function<bool()>;

    StoreCommand(const QString &text, Step redo, Step undo, std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    std::function<void()> m_changed;
};
