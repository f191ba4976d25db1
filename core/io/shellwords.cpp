#include "core/io/shellwords.h"

namespace {

Error unterminated(QChar quote)
{
    return {QStringLiteral("unterminated-quote"),
        QStringLiteral("the text ends inside a %1-quoted string; is part of the command "
                       "missing?")
            .arg(quote == QLatin1Char('\'') ? QStringLiteral("single") : QStringLiteral("double"))};
}

// Inside double quotes a backslash only escapes these.
bool escapableInDoubleQuotes(QChar c)
{
    return c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('"')
        || c == QLatin1Char('\\') || c == QLatin1Char('\n');
}

} // namespace

Result<QList<QStringList>> ShellWords::split(const QString &text)
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            commands << words;
        words.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            if (next == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i; // a continuation typed on Windows
            else if (next != QLatin1Char('\n'))
                word += next, inWord = true;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return unterminated(c);
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('$') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\'')) {
            ++i;
            if (!readDollarQuoted(text, i, word))
                return unterminated(QLatin1Char('\''));
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            inWord = true;
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()
                    && escapableInDoubleQuotes(text.at(i + 1))) {
                    if (text.at(++i) != QLatin1Char('\n'))
                        word += text.at(i);
                } else {
                    word += text.at(i);
                }
            }
            if (i >= text.size())
                return unterminated(c);
        } else if (c == QLatin1Char('#') && !inWord) {
            while (i + 1 < text.size() && text.at(i + 1) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char(';')) {
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand();
    return commands;
}

// ANSI-C quoting: $'...' with \n, \t, \\, \', \", \xHH and \uHHHH escapes.
bool ShellWords::readDollarQuoted(const QString &text, qsizetype &i, QString &word)
{
    QByteArray bytes; // \xHH escapes are bytes of UTF-8
    auto flush = [&] {
        word += QString::fromUtf8(bytes);
        bytes.clear();
    };
    for (++i; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            flush();
            return true;
        }
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            flush();
            word += c;
            continue;
        }
        const QChar e = text.at(++i);
        if (e == QLatin1Char('x') || e == QLatin1Char('u')) {
            const int digits = e == QLatin1Char('x') ? 2 : 4;
            bool ok = false;
            const uint code = text.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok) {
                i += digits;
                if (e == QLatin1Char('x')) {
                    bytes += static_cast<char>(code);
                } else {
                    flush();
                    word += QChar(code);
                }
                continue;
            }
        }
        flush();
        switch (e.unicode()) {
        case 'n':
            word += QLatin1Char('\n');
            break;
        case 't':
            word += QLatin1Char('\t');
            break;
        case 'r':
            word += QLatin1Char('\r');
            break;
        default:
            word += e;
            break;
        }
    }
    return false;
}
