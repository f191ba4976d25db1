#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

// The composer's document commands with their shortcuts, grouped as the window's menus show
// them. They act only while the composer is shown, so Ctrl+W on another page closes nothing.
class ComposerActions final : public QObject
{
    Q_OBJECT

public:
    explicit ComposerActions(QWidget *page);

    QAction *newEvent = nullptr;
    QAction *duplicate = nullptr;
    QAction *closeTab = nullptr;
    QAction *reopenTab = nullptr;
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;
    QAction *format = nullptr;
    QAction *find = nullptr;
    QAction *replace = nullptr;

    QList<QAction *> fileActions() const { return {newEvent, duplicate}; }
    QList<QAction *> tabActions() const { return {closeTab, reopenTab}; }
    QList<QAction *> viewActions() const { return {nextTab, previousTab}; }
    QList<QAction *> editActions() const { return {find, replace, format}; }
    void setEnabled(bool enabled);

private:
    QAction *add(const QString &text, const QList<QKeySequence> &keys, const char *name);

    QWidget *m_page = nullptr;
    QList<QAction *> m_all;
};
