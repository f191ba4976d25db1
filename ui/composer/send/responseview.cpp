#include "ui/composer/send/responseview.h"

#include "ui/widgets/findbar.h"

#include "ui/composer/send/sendadvice.h"

#include "core/net/responseenvelope.h"
#include "core/storage/sendrecord.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return ResponseView::tr("–");
    return *value ? ResponseView::tr("yes") : ResponseView::tr("no");
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseView"));
    m_empty = new QLabel(tr("No response yet. Pick a target and press Send (Ctrl+Enter)."));
    m_empty->setObjectName(QStringLiteral("responseEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long target names
    m_fields = new QWidget;
    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    // Two columns: the exchange on the left, the API's envelope on the right.
    m_status = addField(tr("Status"), QStringLiteral("responseStatus"), 0, 0);
    m_time = addField(tr("Time"), QStringLiteral("responseTime"), 1, 0);
    m_received = addField(tr("received"), QStringLiteral("responseReceived"), 2, 0);
    m_shouldProcess = addField(tr("shouldProcess"), QStringLiteral("responseShouldProcess"), 3, 0);
    m_requestId = addField(tr("requestId"), QStringLiteral("responseRequestId"), 0, 2);
    m_duplicate = addField(tr("duplicate"), QStringLiteral("responseDuplicate"), 1, 2);
    m_url = addField(tr("URL"), QStringLiteral("responseUrl"), 2, 2);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("responseError"));
    m_error->setWordWrap(true);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long URL in it too
    m_error->setStyleSheet(QStringLiteral("color:#a01010"));
    m_headers = new QTreeWidget;
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("responseBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setAccessibleName(tr("Response body"));
    m_find = new FindBar(m_body);
    auto *split = new QSplitter;
    split->addWidget(m_find->withView());
    split->addWidget(m_headers);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_fields);
    detailsLayout->addWidget(m_error);
    detailsLayout->addWidget(split, 1);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QLabel *ResponseView::addField(const QString &label, const QString &name, int row, int column)
{
    auto *value = new QLabel;
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A 2000-character URL or requestId must not widen the window: the label takes the room
    // the grid gives it and shows the rest on hover and when selected.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *grid = static_cast<QGridLayout *>(m_fields->layout());
    grid->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped())), row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void ResponseView::setValue(QLabel *field, const QString &text)
{
    field->setText(text);
    field->setToolTip(text);
}

void ResponseView::clear()
{
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(tr("No response yet. Pick a target and press Send (Ctrl+Enter)."));
}

void ResponseView::showSending(const QString &targetName)
{
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(tr("Sending to %1… (Esc cancels)").arg(targetName));
}

void ResponseView::showRecord(const SendRecord &record, const QString &envVar)
{
    m_stack->setCurrentIndex(1);
    const std::optional<ResponseEnvelope> envelope = ResponseEnvelope::parse(record.responseBody);
    setValue(m_status,
        record.responseStatus == 0 ? tr("no answer") : QString::number(record.responseStatus));
    setValue(m_time, record.totalMs < 0 ? tr("–") : tr("%1 ms").arg(record.totalMs));
    setValue(m_requestId, envelope ? envelope->requestId : QString());
    setValue(m_received, yesNo(envelope ? envelope->received : std::nullopt));
    setValue(m_shouldProcess, yesNo(envelope ? envelope->shouldProcess : std::nullopt));
    QString duplicate = envelope ? yesNo(envelope->duplicate.value_or(false)) : tr("–");
    if (envelope && !envelope->firstRequestId.isEmpty())
        duplicate += tr(" (first sent as %1)").arg(envelope->firstRequestId);
    setValue(m_duplicate, duplicate);
    setValue(m_url, record.requestUrl);
    const QString advice = SendAdvice::forRecord(record, envVar);
    QString problem = record.error;
    if (envelope && !envelope->message.isEmpty() && !advice.isEmpty())
        problem = envelope->message;
    m_error->setText(advice.isEmpty() ? QString() : problem + QStringLiteral("\n") + advice);
    m_error->setVisible(!advice.isEmpty());
    showHeaders(record.responseHeadersJson);
    m_body->setPlainText(prettyBody(record.responseBody));
}

void ResponseView::showHeaders(const QString &headersJson)
{
    m_headers->clear();
    const QJsonObject headers = QJsonDocument::fromJson(headersJson.toUtf8()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        new QTreeWidgetItem(m_headers, {it.key(), it.value().toString()});
}

QString ResponseView::prettyBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void ResponseView::findInBody()
{
    m_find->showFind();
}
