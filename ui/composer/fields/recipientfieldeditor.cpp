#include "ui/composer/fields/recipientfieldeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

RecipientFieldEditor::RecipientFieldEditor(QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("email, e.g. jane.doe@example.com"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("name (optional)"));
    layout->addWidget(m_email, 3);
    layout->addWidget(m_name, 2);
    connect(m_email, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_name, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

bool RecipientFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isObject() && !value.isUndefined())
        return false;
    const QJsonObject object = value.toObject();
    for (const char *key : {"email", "name"})
        if (object.contains(QLatin1String(key)) && !object.value(QLatin1String(key)).isString())
            return false;
    m_original = object;
    if (m_email->text() != object.value(QLatin1String("email")).toString())
        m_email->setText(object.value(QLatin1String("email")).toString());
    if (m_name->text() != object.value(QLatin1String("name")).toString())
        m_name->setText(object.value(QLatin1String("name")).toString());
    return true;
}

QJsonValue RecipientFieldEditor::value() const
{
    QJsonObject object = m_original;
    if (!m_email->text().isEmpty() || object.contains(QLatin1String("email")) || object.isEmpty())
        object.insert(QStringLiteral("email"), m_email->text().trimmed());
    if (!m_name->text().isEmpty() || object.contains(QLatin1String("name")))
        object.insert(QStringLiteral("name"), m_name->text());
    return object;
}
