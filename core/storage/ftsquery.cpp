#include "core/storage/ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

QString FtsQuery::fromUserText(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : text.split(whitespace, Qt::SkipEmptyParts)) {
        QString term = quoteWord(word);
        if (!term.isEmpty())
            terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

QString FtsQuery::quoteWord(const QString &word)
{
    const bool prefix = word.size() > 1 && word.endsWith(QLatin1Char('*'));
    const QString body = prefix ? word.chopped(1) : word;
    // A word without letters or digits yields no token: FTS5 would find nothing or complain.
    const bool searchable
        = std::any_of(body.cbegin(), body.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!searchable)
        return {};
    QString quoted = body;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    return prefix ? quoted + QLatin1Char('*') : quoted;
}
