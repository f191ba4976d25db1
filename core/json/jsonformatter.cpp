#include "core/json/jsonformatter.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

constexpr int indentWidth = 2;

void newLine(QString &out, int depth)
{
    out += QLatin1Char('\n');
    out += QString(depth * indentWidth, QLatin1Char(' '));
}

// The next character after `i` that is not white space (a null QChar at the end).
QChar nextToken(const QString &text, qsizetype i)
{
    for (++i; i < text.size(); ++i)
        if (!text.at(i).isSpace())
            return text.at(i);
    return QChar();
}

} // namespace

QString JsonFormatter::format(const QString &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    QString out;
    out.reserve(text.size() + text.size() / 4);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        const char ch = c.toLatin1();
        switch (ch) {
        case '"':
            inString = true;
            escaped = false;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            const QChar next = nextToken(text, i);
            if (next == QLatin1Char('}') || next == QLatin1Char(']'))
                break; // {} and [] stay closed
            newLine(out, ++depth);
            break;
        }
        case '}':
        case ']':
            if (!out.endsWith(QLatin1Char('{')) && !out.endsWith(QLatin1Char('[')))
                newLine(out, --depth);
            out += c;
            break;
        case ',':
            out += c;
            newLine(out, depth);
            break;
        case ':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
        }
    }
    return out + QLatin1Char('\n');
}
