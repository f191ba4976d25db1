#include "ui/replay/resultdetails.h"

#include "ui/replay/resultrow.h"

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
    m_request = textPane("requestText", tr("Request"));
    m_response = textPane("responseText", tr("Response"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_request);
    split->addWidget(m_response);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
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
    m_request->setPlainText(
        QStringLiteral("POST %1\n%2\n\n%3")
            .arg(row->requestUrl, row->requestHeaders, bodyText(row->requestBody)));
    const QString statusLine
        = row->status > 0 ? QStringLiteral("HTTP %1").arg(row->status) : tr("No HTTP answer");
    m_response->setPlainText(
        QStringLiteral("%1\n%2\n\n%3")
            .arg(statusLine, row->responseHeaders, bodyText(row->responseBody)));
}

QString ResultDetails::requestText() const
{
    return m_request->toPlainText();
}

QString ResultDetails::responseText() const
{
    return m_response->toPlainText();
}
