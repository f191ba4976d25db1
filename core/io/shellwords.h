#pragma once

#include "core/common/result.h"

#include <QList>
#include <QStringList>

// Splits shell text into commands and words the way bash reads a pasted curl command: single and
// double quotes, $'...' (as browsers print it), backslash escapes, `\` line continuations,
// comments, and newlines or `;` between commands. Variables ($NAME) are kept as written.
class ShellWords final
{
public:
    static Result<QList<QStringList>> split(const QString &text);

private:
    static bool readDollarQuoted(const QString &text, qsizetype &i, QString &word);
};
