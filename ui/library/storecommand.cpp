#include "ui/library/storecommand.h"

StoreCommand::StoreCommand(const QString &text, Step redo, Step undo, std::function<void()> changed)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_changed(std::move(changed))
{ }

void StoreCommand::redo()
{
    if (!m_redo())
        setObsolete(true); // nothing happened, so there is nothing to undo
    m_changed();
}

void StoreCommand::undo()
{
    m_undo();
    m_changed();
}
