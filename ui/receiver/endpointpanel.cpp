#include "ui/receiver/endpointpanel.h"

#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace {

// Single quotes survive any shell when each inner quote is closed, escaped and reopened.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

EndpointPanel::EndpointPanel(const SchemaSet &schemas, QWidget *parent)
    : QWidget(parent)
    , m_schemas(schemas)
{
    setObjectName(QStringLiteral("endpointPanel"));
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("endpointFamilyCombo"));
    m_family->addItems(m_schemas.families());
    connect(m_family, &QComboBox::currentIndexChanged, this, &EndpointPanel::update);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("endpointUrlEdit"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_legacyUrl = new QLineEdit;
    m_legacyUrl->setObjectName(QStringLiteral("legacyUrlEdit"));
    m_legacyUrl->setAccessibleName(tr("Endpoint URL, older form"));
    m_curl = new QPlainTextEdit;
    m_curl->setObjectName(QStringLiteral("curlExample"));
    m_curl->setAccessibleName(tr("Ready curl command"));
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_curl->setMaximumHeight(m_curl->fontMetrics().lineSpacing() * 5 + 12);
    for (QLineEdit *edit : {m_url, m_legacyUrl})
        edit->setReadOnly(true);
    m_curl->setReadOnly(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(tr("Endpoint:"), copyRow(m_url, QStringLiteral("copyUrlButton")));
    form->addRow(tr("Older form:"), copyRow(m_legacyUrl, QStringLiteral("copyLegacyUrlButton")));
    form->addRow(tr("curl:"), copyRow(m_curl, QStringLiteral("copyCurlButton")));
    update();
}

QWidget *EndpointPanel::copyRow(QWidget *field, const QString &name)
{
    auto *copy = new QToolButton;
    copy->setObjectName(name);
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setToolTip(tr("Copy to the clipboard"));
    copy->setAccessibleName(tr("Copy %1").arg(field->accessibleName()));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [this, field] {
        const auto *line = qobject_cast<QLineEdit *>(field);
        QApplication::clipboard()->setText(line ? line->text() : curlCommand());
    });
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
    return row;
}

void EndpointPanel::setEndpoint(quint16 port, const QString &apiKey)
{
    m_port = port;
    m_apiKey = apiKey;
    update();
}

QString EndpointPanel::url(bool legacy) const
{
    const QString prefix = Receiver::pathPrefixes().value(legacy ? 1 : 0);
    return QStringLiteral("http://127.0.0.1:%1%2%3")
        .arg(m_port == 0 ? QStringLiteral("<port>") : QString::number(m_port), prefix,
            m_family->currentText());
}

QString EndpointPanel::curlCommand() const
{
    QString command
        = QStringLiteral("curl -sS -X POST %1 \\\n  -H 'Content-Type: application/json'")
              .arg(shellQuote(url()));
    if (!m_apiKey.isEmpty())
        command += QStringLiteral(" \\\n  -H %1")
                       .arg(shellQuote(QStringLiteral("api_key: ") + m_apiKey));
    return command
        + QStringLiteral(" \\\n  --data %1")
              .arg(shellQuote(examplePayload(m_family->currentText())));
}

QString EndpointPanel::examplePayload(const QString &family) const
{
    const CompiledSchema *schema = m_schemas.schema(family);
    if (schema && !schema->examples().isEmpty())
        return QString::fromUtf8(schema->examples().constFirst());
    return QStringLiteral("{}");
}

void EndpointPanel::update()
{
    m_url->setText(url());
    m_legacyUrl->setText(url(true));
    m_curl->setPlainText(curlCommand());
}
