#include "ui/composer/fields/textfieldeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

TextFieldEditor::TextFieldEditor(
    const QStringList &suggestions, const QString &placeholder, QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!suggestions.isEmpty()) {
        m_combo = new QComboBox;
        m_combo->setObjectName(QStringLiteral("input"));
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItems(suggestions);
        m_combo->setCurrentIndex(-1);
        m_line = m_combo->lineEdit();
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
        layout->addWidget(m_combo);
    } else {
        m_line = new QLineEdit;
        m_line->setObjectName(QStringLiteral("input"));
        layout->addWidget(m_line);
    }
    m_line->setPlaceholderText(placeholder);
    m_line->setClearButtonEnabled(true);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

bool TextFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isString() && !value.isUndefined())
        return false;
    if (m_line->text() != value.toString())
        m_line->setText(value.toString());
    return true;
}

QJsonValue TextFieldEditor::value() const
{
    return m_line->text();
}
