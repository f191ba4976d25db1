#include "ui/widgets/jsonhighlighter.h"

#include <QPalette>
#include <QRegularExpression>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        R"RE("(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b)RE"));
    const bool dark = QPalette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat key, string, number, literal;
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QChar first = m.captured(0).at(0);
        const QTextCharFormat &format = first == QLatin1Char('"')
            ? (m.capturedLength(1) > 0 ? key : string)
            : (first.isLetter() ? literal : number);
        setFormat(m.capturedStart(0), m.capturedLength(0), format);
    }
}
