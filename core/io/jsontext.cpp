#include "core/io/jsontext.h"

#include "core/templates/jsonstringrewriter.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Copies the string token starting at json[i] (a quote) and returns the index after it.
qsizetype copyString(const QByteArray &json, qsizetype i, QByteArray &out)
{
    const qsizetype start = i++;
    while (i < json.size() && json.at(i) != '"')
        i += json.at(i) == '\\' ? 2 : 1;
    out.append(json.constData() + start, qMin(i + 1, json.size()) - start);
    return i + 1;
}

// The next byte that is not whitespace, or 0.
char peekToken(const QByteArray &json, qsizetype i)
{
    while (i < json.size() && isSpace(json.at(i)))
        ++i;
    return i < json.size() ? json.at(i) : 0;
}

} // namespace

QByteArray JsonText::minify(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size();) {
        if (json.at(i) == '"') {
            i = copyString(json, i, out);
        } else {
            if (!isSpace(json.at(i)))
                out += json.at(i);
            ++i;
        }
    }
    return out;
}

QByteArray JsonText::reindent(const QByteArray &json, int indent, int baseIndent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    auto newline = [&] { out += '\n' + QByteArray(baseIndent + depth * indent, ' '); };
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '"') {
            i = copyString(json, i, out);
            continue;
        }
        ++i;
        if (isSpace(c))
            continue;
        if (c == '{' || c == '[') {
            out += c;
            const char next = peekToken(json, i);
            if (next == '}' || next == ']') { // keep {} and [] together
                out += next;
                while (json.at(i) != next)
                    ++i;
                ++i;
                continue;
            }
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray JsonText::quote(const QString &text)
{
    return '"' + JsonStringRewriter::escape(text) + '"';
}
