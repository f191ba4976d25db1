#include "ui/composer/composeractions.h"

#include <QAction>
#include <QWidget>

ComposerActions::ComposerActions(QWidget *page)
    : QObject(page)
    , m_page(page)
{
    newEvent = add(tr("&New event…"), {QKeySequence::New}, "newEventAction");
    duplicate = add(tr("&Duplicate as a new event"), {QKeySequence(tr("Ctrl+Shift+D"))},
        "duplicateEventAction");
    closeTab = add(tr("&Close tab"), {QKeySequence(tr("Ctrl+W"))}, "closeTabAction");
    reopenTab
        = add(tr("Reopen closed &tab"), {QKeySequence(tr("Ctrl+Shift+T"))}, "reopenTabAction");
    nextTab = add(tr("Ne&xt tab"), {QKeySequence(tr("Ctrl+Tab")), QKeySequence(tr("Ctrl+PgDown"))},
        "nextTabAction");
    previousTab = add(tr("&Previous tab"),
        {QKeySequence(tr("Ctrl+Shift+Tab")), QKeySequence(tr("Ctrl+PgUp"))}, "previousTabAction");
    format = add(tr("&Format JSON"), {QKeySequence(tr("Ctrl+Shift+F"))}, "formatAction");
    find = add(tr("&Find…"), {QKeySequence::Find}, "findAction");
    replace = add(tr("R&eplace…"), {QKeySequence(tr("Ctrl+H"))}, "replaceAction");
}

QAction *ComposerActions::add(
    const QString &text, const QList<QKeySequence> &keys, const char *name)
{
    auto *action = new QAction(text, m_page);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    m_page->addAction(action);
    m_all << action;
    return action;
}

void ComposerActions::setEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_all))
        action->setEnabled(enabled);
}
