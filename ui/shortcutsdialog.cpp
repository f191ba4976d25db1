#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    QSet<QAction *> listed; // an action both in a menu and on a page is listed once
    for (const Group &group : groups) {
        auto *top = new QTreeWidgetItem(list, {group.title});
        for (QAction *action : group.actions) {
            if (action->shortcut().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            new QTreeWidgetItem(top,
                {action->text().remove(QLatin1Char('&')),
                    action->shortcut().toString(QKeySequence::NativeText)});
            ++m_count;
        }
        if (top->childCount() == 0)
            delete top;
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 520);
}
