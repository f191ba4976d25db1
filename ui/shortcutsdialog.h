#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Help > Keyboard shortcuts: every action with a shortcut, grouped by menu and by page, so the
// list can never drift from the shortcuts that really work.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    int shortcutCount() const { return m_count; }

private:
    int m_count = 0;
};
