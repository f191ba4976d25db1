#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("shortcutsFilter"));
    search->setPlaceholderText(tr("Filter by action or key"));
    search->setAccessibleName(tr("Filter shortcuts"));
    search->setClearButtonEnabled(true);
    auto *list = new QTreeWidget;
    m_list = list;
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
        for (const Key &key : group.keys) {
            new QTreeWidgetItem(top, {key.what, key.keys});
            ++m_count;
        }
        if (top->childCount() == 0)
            delete top;
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 520);
}

// Shows the rows whose action or keys contain `text`, and the groups that still have one.
void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = row->text(0).contains(text, Qt::CaseInsensitive)
                || row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}
