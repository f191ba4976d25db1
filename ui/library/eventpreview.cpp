#include "ui/library/eventpreview.h"

#include "ui/widgets/jsonhighlighter.h"
#include "ui/widgets/themecolors.h"

#include "core/storage/storedevent.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

EventPreview::EventPreview(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("libraryPreviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_payload = new QPlainTextEdit;
    m_payload->setObjectName(QStringLiteral("libraryPreview"));
    m_payload->setAccessibleName(tr("Payload of the selected event"));
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_payload->document());
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("libraryPreviewFindings"));
    m_findings->setAccessibleName(tr("Findings of the selected event"));
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_payload);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    clear();
}

void EventPreview::display(const StoredEvent &event, const Findings &findings)
{
    m_title->setText(event.name);
    m_payload->setPlainText(event.payload);
    m_findings->clear();
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(
            tr("%1 at %2, line %3: %4")
                .arg(Finding::severityName(finding.severity),
                    finding.path.isEmpty() ? QStringLiteral("/") : finding.path)
                .arg(finding.line)
                .arg(finding.message));
        item->setToolTip(finding.message);
        m_findings->addItem(item);
    }
    if (findings.isEmpty())
        m_findings->addItem(tr("No findings"));
    markSearchWords();
}

void EventPreview::clear()
{
    m_title->setText(tr("Select an event to see its payload and findings."));
    m_payload->clear();
    m_findings->clear();
    m_marked = 0;
}

void EventPreview::setSearchText(const QString &text)
{
    m_search = text;
    markSearchWords();
}

QString EventPreview::text() const
{
    return m_payload->toPlainText();
}

// Every occurrence of every searched word, as the search matched it (any case).
void EventPreview::markSearchWords()
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(ThemeColors::background(ThemeColors::Tone::Warning, palette()));
    QTextDocument *document = m_payload->document();
    for (QString word : m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        if (word.isEmpty())
            continue;
        for (QTextCursor found = document->find(word); !found.isNull();
             found = document->find(word, found)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = found;
            mark.format = format;
            marks << mark;
        }
    }
    m_marked = int(marks.size());
    m_payload->setExtraSelections(marks);
    if (!marks.isEmpty())
        m_payload->setTextCursor(QTextCursor(marks.first().cursor.block()));
}
