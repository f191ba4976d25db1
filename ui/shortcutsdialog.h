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
    // Keys that act inside one widget and have no action of their own (Tab in the editor).
    struct Key
    {
        QString what;
        QString keys;
    };
    struct Group
    {
        QString title;
        QList<QAction *> actions;
        QList<Key> keys = {};
    };

    ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    int shortcutCount() const { return m_count; }

private:
    void filter(const QString &text);

    class QTreeWidget *m_list = nullptr;
    int m_count = 0;
};
