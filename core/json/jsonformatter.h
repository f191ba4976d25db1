#pragma once

#include <QString>

// Pretty-prints JSON text as the app writes it (two spaces, "key": value, one member a line,
// empty {} and [] kept closed) without reordering anything: it only moves the white space
// between tokens, so keys, numbers and escapes stay exactly as the user wrote them.
class JsonFormatter final
{
public:
    // The formatted text; `text` itself when it is not valid JSON.
    static QString format(const QString &text);
};
