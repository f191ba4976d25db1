#include "ui/composer/jsoneditor.h"

#include "ui/widgets/jsonhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <utility>

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("jsonEditor"));
    setAccessibleName(tr("Event payload (JSON)"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Paste or type an event payload (JSON), or drop a file here. Findings "
                          "and the dedup ID update as you type."));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    document()->setUndoRedoEnabled(false); // the composer's QUndoStack owns undo
    new JsonHighlighter(document());
}

int JsonEditor::characterPosition(const QByteArray &utf8, qint64 offset)
{
    offset = qBound<qint64>(0, offset, utf8.size());
    int position = 0;
    for (qint64 i = 0; i < offset; ++i) {
        const uchar c = uchar(utf8.at(i));
        if ((c & 0xc0) != 0x80)
            position += c >= 0xf0 ? 2 : 1; // four-byte sequences are two UTF-16 units
    }
    return position;
}

void JsonEditor::setFindings(const Findings &findings, const QByteArray &utf8)
{
    m_marks.clear();
    QList<QTextEdit::ExtraSelection> selections;
    for (const Finding &f : findings) {
        if (f.offset < 0 || f.severity == Severity::Info)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(
            f.severity == Severity::Error ? QColor(0xd0, 0x30, 0x30) : QColor(0xd0, 0x90, 0x00));
        selection.format.setToolTip(f.message);
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(characterPosition(utf8, f.offset));
        selection.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection())
            selection.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        m_marks.append(
            {selection.cursor.selectionStart(), selection.cursor.selectionEnd(), f.message});
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void JsonEditor::replaceRange(int position, int length, const QString &text)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    setTextCursor(cursor);
}

namespace {

bool isTabKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
}

// Ctrl+Tab and Ctrl+Shift+Tab switch the window's documents.
bool isWindowTabKey(const QKeyEvent *event)
{
    return isTabKey(event) && (event->modifiers() & Qt::ControlModifier);
}

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt
        || key == Qt::Key_Meta || key == Qt::Key_AltGr;
}

// What one Shift+Tab takes from the start of a line: up to one indent of spaces, or a tab.
int unindentLength(const QString &line)
{
    int spaces = 0;
    while (spaces < JsonEditor::IndentWidth && spaces < line.size()
        && line.at(spaces) == QLatin1Char(' '))
        ++spaces;
    return spaces == 0 && line.startsWith(QLatin1Char('\t')) ? 1 : spaces;
}

} // namespace

bool JsonEditor::event(QEvent *event)
{
    // Never claim the window's tab keys, so its shortcuts fire while the editor has focus.
    if (event->type() == QEvent::ShortcutOverride
        && isWindowTabKey(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void JsonEditor::focusOutEvent(QFocusEvent *event)
{
    m_leaveArmed = false;
    QPlainTextEdit::focusOutEvent(event);
}

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
    if (handleTabKey(event))
        return;
    if (event->matches(QKeySequence::Undo)) {
        emit undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        emit redoRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// Tab never inserts a tab character: raw tabs are JSON whitespace nobody sees.
bool JsonEditor::handleTabKey(QKeyEvent *event)
{
    if (isModifierKey(event->key()))
        return false; // Shift pressed on the way to Shift+Tab keeps Esc's arming
    const bool leave = std::exchange(m_leaveArmed, event->key() == Qt::Key_Escape);
    if (!isTabKey(event))
        return false;
    if (isWindowTabKey(event)) {
        event->ignore(); // for the parents, e.g. a tab widget
        return true;
    }
    const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
    if (leave)
        QWidget::focusNextPrevChild(forward); // QPlainTextEdit's own keeps the focus
    else if (forward && !textCursor().hasSelection())
        insertIndent();
    else
        shiftLines(forward);
    return true;
}

// Spaces up to the next indent stop, as a plain edit the composer sees like typing.
void JsonEditor::insertIndent()
{
    QTextCursor cursor = textCursor();
    const int spaces = IndentWidth - cursor.positionInBlock() % IndentWidth;
    cursor.insertText(QString(spaces, QLatin1Char(' ')));
    setTextCursor(cursor);
}

// Indents or unindents every line the cursor or the selection touches, in one edit.
void JsonEditor::shiftLines(bool indent)
{
    const QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a line does not take that line in.
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        edit.setPosition(block.position());
        if (indent && !text.trimmed().isEmpty()) {
            edit.insertText(QString(IndentWidth, QLatin1Char(' ')));
        } else if (!indent) {
            edit.setPosition(block.position() + unindentLength(text), QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
}

bool JsonEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int position = cursorForPosition(help->pos()).position();
    QStringList messages;
    for (const Mark &mark : std::as_const(m_marks))
        if (position >= mark.start && position <= mark.end)
            messages << mark.message;
    if (messages.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
    return true;
}

bool JsonEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void JsonEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls() && !source->urls().isEmpty() && source->urls().first().isLocalFile()) {
        emit fileDropped(source->urls().first().toLocalFile());
        return;
    }
    const QTextCursor cursor = textCursor();
    const bool replacesAll = document()->isEmpty()
        || (cursor.selectionStart() == 0
            && cursor.selectionEnd() >= document()->characterCount() - 1);
    if (replacesAll && source->hasText() && source->text().trimmed().startsWith(QLatin1Char('{'))) {
        emit payloadPasted(source->text());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
