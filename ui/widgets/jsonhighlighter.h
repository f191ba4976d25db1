#pragma once

#include <QSyntaxHighlighter>

// Colours JSON keys, strings, numbers and literals in the raw editor.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
