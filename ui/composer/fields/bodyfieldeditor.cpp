#include "ui/composer/fields/bodyfieldeditor.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *makeEdit(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

void setIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

BodyFieldEditor::BodyFieldEditor(QWidget *parent)
    : FieldEditor(parent)
{
    m_text = makeEdit(QStringLiteral("text"), tr("The plain-text body (analytics read this)"));
    m_html = makeEdit(QStringLiteral("html"), tr("The HTML body"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_html, tr("HTML"));
    m_tabs->setFixedHeight(150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

bool BodyFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isObject() && !value.isUndefined())
        return false;
    const QJsonObject object = value.toObject();
    for (const char *key : {"text", "html"})
        if (object.contains(QLatin1String(key)) && !object.value(QLatin1String(key)).isString())
            return false;
    m_original = object;
    setIfDifferent(m_text, object.value(QLatin1String("text")).toString());
    setIfDifferent(m_html, object.value(QLatin1String("html")).toString());
    if (m_text->toPlainText().isEmpty() && !m_html->toPlainText().isEmpty())
        m_tabs->setCurrentWidget(m_html);
    return true;
}

QJsonValue BodyFieldEditor::value() const
{
    QJsonObject object = m_original;
    // A version is written when it has text or was there already (an empty "" stays).
    const auto put = [&object](const QString &key, const QString &text) {
        if (!text.isEmpty() || object.contains(key))
            object.insert(key, text);
    };
    put(QStringLiteral("text"), m_text->toPlainText());
    put(QStringLiteral("html"), m_html->toPlainText());
    return object;
}
