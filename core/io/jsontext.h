#pragma once

#include <QByteArray>
#include <QString>

// Layout changes on JSON text that keep every token exactly as written (numbers, escapes, key
// order, duplicate keys), so exported payloads stay byte-for-byte the user's values.
class JsonText final
{
public:
    // Removes whitespace between tokens: one line, for NDJSON.
    static QByteArray minify(const QByteArray &json);
    // One member or item per line, `indent` spaces per level, the first line unindented and the
    // rest shifted by `baseIndent` spaces (to nest it inside a pretty-printed document).
    static QByteArray reindent(const QByteArray &json, int indent = 2, int baseIndent = 0);
    // A JSON string literal, quotes included.
    static QByteArray quote(const QString &text);
};
