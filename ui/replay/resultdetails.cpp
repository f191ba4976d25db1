#include "ui/replay/resultdetails.h"

#include "ui/replay/resultrow.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textPane(const char *name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

} // namespace

ResultDetails::ResultDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultDetails"));
    m_summary = new QLabel(tr("Select a result to see its request and response."));
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attempts = textPane("attemptsText", tr("Attempts"));
    // Attempt lines are sentences: wrapped, never cut off at the right edge.
    m_attempts->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_attempts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attempts->setVisible(false);
    // A new text or a new width wraps the lines anew.
    connect(m_attempts->document()->documentLayout(),
        &QAbstractTextDocumentLayout::documentSizeChanged, this, &ResultDetails::fitAttemptsHeight);
    m_request = textPane("requestText", tr("Request"));
    m_response = textPane("responseText", tr("Response"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_request);
    split->addWidget(m_response);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_attempts);
    layout->addWidget(split, 1);
}

// As tall as its wrapped lines, up to MaxAttemptLines: one attempt takes one line, and the
// request and response below keep the rest.
void ResultDetails::fitAttemptsHeight()
{
    // The plain text layout measures the document in lines.
    const int lines = int(m_attempts->document()->documentLayout()->documentSize().height());
    const int shown = qBound(1, lines, MaxAttemptLines);
    const QMargins margins = m_attempts->contentsMargins();
    const int height = m_attempts->fontMetrics().lineSpacing() * shown
        + int(2 * m_attempts->document()->documentMargin()) + margins.top() + margins.bottom()
        + 2 * m_attempts->frameWidth();
    if (m_attempts->height() != height)
        m_attempts->setFixedHeight(height);
}

// JSON bodies are indented for reading; anything else is shown as it came.
QString ResultDetails::bodyText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(doc.toJson());
}

void ResultDetails::showRow(const ResultRow *row)
{
    if (!row) {
        m_summary->setText(tr("Select a result to see its request and response."));
        m_attempts->clear();
        m_attempts->setVisible(false);
        m_request->clear();
        m_response->clear();
        return;
    }
    QString summary = tr("#%1 %2 (%3): %4, %n attempt(s)", nullptr, row->attempts)
                          .arg(row->position + 1)
                          .arg(row->name, row->family, ResultRow::outcomeName(row->outcome));
    if (!row->reason.isEmpty())
        summary += QStringLiteral(" — ") + row->reason;
    if (row->earlier)
        summary += tr(" (finished before the run was resumed)");
    m_summary->setText(summary);
    QStringList attempts;
    for (const RunAttempt &attempt : row->attemptLog)
        attempts << attemptLine(attempt);
    m_attempts->setPlainText(attempts.join(QLatin1Char('\n')));
    m_attempts->setVisible(!attempts.isEmpty());
    fitAttemptsHeight();
    m_request->setPlainText(
        QStringLiteral("POST %1\n%2\n\n%3")
            .arg(row->requestUrl, row->requestHeaders, bodyText(row->requestBody)));
    const QString statusLine
        = row->status > 0 ? QStringLiteral("HTTP %1").arg(row->status) : tr("No HTTP answer");
    m_response->setPlainText(
        QStringLiteral("%1\n%2\n\n%3")
            .arg(statusLine, row->responseHeaders, bodyText(row->responseBody)));
}

// "Attempt 2 at 10:00:01.250: HTTP 429, Retry-After 2000 ms, in 12 ms; waited 2000 ms".
QString ResultDetails::attemptLine(const RunAttempt &attempt)
{
    QString line = tr("Attempt %1").arg(attempt.number);
    if (attempt.startedAt.isValid())
        line += tr(" at %1").arg(
            attempt.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    line += QStringLiteral(": ") + answerText(attempt);
    if (attempt.retryAfterMs >= 0)
        line += tr(", Retry-After %1 ms").arg(attempt.retryAfterMs);
    if (attempt.latencyMs >= 0)
        line += tr(" in %1 ms").arg(attempt.latencyMs);
    if (!attempt.message.isEmpty())
        line += QStringLiteral(" \u2014 ") + attempt.message;
    if (attempt.waitMs >= 0)
        line += tr("; waited %1 ms before the next attempt").arg(attempt.waitMs);
    return line;
}

QString ResultDetails::answerText(const RunAttempt &attempt)
{
    if (attempt.status > 0)
        return tr("HTTP %1").arg(attempt.status);
    if (attempt.error == QLatin1String("timeout") || attempt.error == QLatin1String("deadline"))
        return tr("timed out");
    if (attempt.error == QLatin1String("connection-reset"))
        return tr("connection dropped");
    if (attempt.error == QLatin1String("connection-refused"))
        return tr("connection refused");
    return attempt.error.isEmpty() ? tr("no answer") : tr("no answer (%1)").arg(attempt.error);
}

QString ResultDetails::attemptsText() const
{
    return m_attempts->toPlainText();
}

QString ResultDetails::requestText() const
{
    return m_request->toPlainText();
}

QString ResultDetails::responseText() const
{
    return m_response->toPlainText();
}
