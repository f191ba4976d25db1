#include "ui/composer/jsoneditor.h"

#include "ui/composer/jsonhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QToolTip>

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("jsonEditor"));
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

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
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
