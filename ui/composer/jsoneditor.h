#pragma once

#include "core/validation/finding.h"

#include <QPlainTextEdit>

// The raw JSON editor: highlighting, findings underlined with their message on hover,
// undo keys routed to the window's undo stack, and whole-payload pastes and file drops
// reported so the composer can detect the family. Tab indents with spaces and Shift+Tab
// unindents; Esc then Tab (or Shift+Tab) leaves the editor; Ctrl+Tab is left to the window.
class JsonEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Spaces per Tab: the two-space indent the composer writes JSON with.
    static constexpr int IndentWidth = 2;

    explicit JsonEditor(QWidget *parent = nullptr);

    // Underlines the findings; `utf8` is the text the offsets refer to.
    void setFindings(const Findings &findings, const QByteArray &utf8);
    void replaceRange(int position, int length, const QString &text);
    // Character position of a UTF-8 byte offset into `utf8`.
    static int characterPosition(const QByteArray &utf8, qint64 offset);

signals:
    void undoRequested();
    void redoRequested();
    void payloadPasted(const QString &text);
    void fileDropped(const QString &path);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool handleTabKey(QKeyEvent *event);
    void insertIndent();
    void shiftLines(bool indent);

    struct Mark
    {
        int start;
        int end;
        QString message;
    };
    QVector<Mark> m_marks;
    bool m_leaveArmed = false; // Esc was the last key: Tab leaves the editor
};
