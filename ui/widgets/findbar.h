#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Find (Ctrl+F) and Replace (Ctrl+H) under a text view: the match count ("3 of 12"), Enter and
// Shift+Enter for the next and previous match, Esc back to the text. Replace all is one edit,
// so one undo step takes it back. A read-only view only finds.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);
    // `view` with its find bar under it, as one widget to place in a layout.
    QWidget *withView() const { return m_column; }

    // Opens the bar with the selected text (if any) as the search.
    void showFind();
    void showReplace();
    int matchCount() const { return m_count; }
    // The current match's place among all, 0 when the cursor is on none.
    int currentMatch() const { return m_current; }

public slots:
    void findNext();
    void findPrevious();
    void replaceOne();
    void replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(bool replace);
    void close();
    bool find(bool backward);
    void refresh();
    Qt::CaseSensitivity caseSensitivity() const;
    bool selectionMatches() const;
    static QToolButton *toolButton(const QString &text, const QString &tip);

    QPlainTextEdit *m_view = nullptr;
    QWidget *m_column = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_matchCase = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_replaceRow = nullptr;
    int m_count = 0;
    int m_current = 0;
};
