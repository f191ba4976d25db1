#include "ui/composer/fields/multilinefieldeditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>

MultilineFieldEditor::MultilineFieldEditor(QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPlainTextEdit;
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(110);
    layout->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

bool MultilineFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isString() && !value.isUndefined())
        return false;
    if (m_edit->toPlainText() != value.toString())
        m_edit->setPlainText(value.toString());
    return true;
}

QJsonValue MultilineFieldEditor::value() const
{
    return m_edit->toPlainText();
}
