#include "ui/widgets/findbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

FindBar::FindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit;
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    // Small buttons, so the search box keeps its room in a narrow column.
    m_matchCase = toolButton(QStringLiteral("Aa"), tr("Match case"));
    m_matchCase->setCheckable(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *previous = toolButton(QStringLiteral("↑"), tr("Previous match (Shift+Enter)"));
    auto *next = toolButton(QStringLiteral("↓"), tr("Next match (Enter)"));
    auto *replaceOne = new QPushButton(tr("Replace"));
    auto *replaceAll = new QPushButton(tr("Replace all"));
    replaceAll->setObjectName(QStringLiteral("replaceAllButton"));
    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_find), static_cast<QWidget *>(m_status),
             static_cast<QWidget *>(previous), static_cast<QWidget *>(next),
             static_cast<QWidget *>(m_matchCase)})
        findRow->addWidget(w, w == m_find ? 1 : 0);
    m_replaceRow = new QWidget;
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Search on from the current match's start, so typing narrows the same match.
        QTextCursor from = m_view->textCursor();
        from.setPosition(from.selectionStart());
        m_view->setTextCursor(from);
        find(false);
    });
    connect(m_matchCase, &QToolButton::toggled, this, &FindBar::refresh);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_view, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
    m_column = new QWidget;
    auto *column = new QVBoxLayout(m_column);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_view, 1);
    column->addWidget(this);
}

QToolButton *FindBar::toolButton(const QString &text, const QString &tip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

void FindBar::showFind()
{
    open(false);
}

void FindBar::showReplace()
{
    open(!m_view->isReadOnly());
}

void FindBar::open(bool replace)
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    refresh();
}

void FindBar::close()
{
    hide();
    m_view->setFocus(Qt::ShortcutFocusReason);
}

Qt::CaseSensitivity FindBar::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

bool FindBar::find(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        refresh();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_view->document()->find(text, m_view->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(m_view->document());
        if (backward)
            from.movePosition(QTextCursor::End);
        found = m_view->document()->find(text, from, flags);
    }
    if (!found.isNull())
        m_view->setTextCursor(found);
    refresh();
    return !found.isNull();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

bool FindBar::selectionMatches() const
{
    return !m_find->text().isEmpty()
        && m_view->textCursor().selectedText().compare(m_find->text(), caseSensitivity()) == 0;
}

void FindBar::replaceOne()
{
    if (m_view->isReadOnly())
        return;
    if (selectionMatches())
        m_view->textCursor().insertText(m_replace->text());
    find(false);
}

// One edit block: the view reports one change, so the whole replacement undoes in one step.
void FindBar::replaceAll()
{
    if (m_view->isReadOnly() || m_find->text().isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor edit(m_view->document());
    edit.beginEditBlock();
    int replaced = 0;
    for (QTextCursor found = m_view->document()->find(m_find->text(), 0, flags); !found.isNull();
         found = m_view->document()->find(m_find->text(), found, flags)) {
        found.insertText(m_replace->text());
        ++replaced;
    }
    edit.endEditBlock();
    refresh();
    m_status->setText(tr("%n replaced", nullptr, replaced));
}

// Counts the matches and places the current one among them.
void FindBar::refresh()
{
    const QString needle = m_find->text();
    const QString haystack = m_view->toPlainText();
    m_count = 0;
    m_current = 0;
    const int cursorStart = m_view->textCursor().selectionStart();
    for (qsizetype at = needle.isEmpty() ? -1 : haystack.indexOf(needle, 0, caseSensitivity());
         at >= 0; at = haystack.indexOf(needle, at + needle.size(), caseSensitivity())) {
        ++m_count;
        if (at == cursorStart && selectionMatches())
            m_current = m_count;
    }
    if (needle.isEmpty())
        m_status->clear();
    else if (m_count == 0)
        m_status->setText(tr("No matches"));
    else if (m_current > 0)
        m_status->setText(tr("%1 of %2").arg(m_current).arg(m_count));
    else
        m_status->setText(tr("%n match(es)", nullptr, m_count));
}

// Enter finds the next match, Shift+Enter the previous, Esc closes; in the replace box Enter
// replaces the current match.
bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return QWidget::eventFilter(watched, event);
    if (watched == m_replace)
        replaceOne();
    else if (key->modifiers() & Qt::ShiftModifier)
        findPrevious();
    else
        findNext();
    return true;
}
