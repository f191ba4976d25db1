#pragma once

#include <QString>

// Turns what a user typed into a safe FTS5 MATCH expression: every word becomes a quoted
// string, so quotes, operators (AND, OR, NOT, NEAR), column filters and brackets are searched
// for as text instead of being parsed. A word ending in * keeps prefix matching.
class FtsQuery final
{
public:
    // The words ANDed together; empty when the text has no searchable word.
    static QString fromUserText(const QString &text);

private:
    static QString quoteWord(const QString &word);
};
