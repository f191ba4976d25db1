#include "ui/composer/fields/numberfieldeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

NumberFieldEditor::NumberFieldEditor(const QString &placeholder, QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line = new QLineEdit;
    m_line->setObjectName(QStringLiteral("input"));
    m_line->setPlaceholderText(placeholder);
    m_line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("-?\\d*(\\.\\d*)?([eE][+-]?\\d*)?")), m_line));
    m_line->setMaximumWidth(200);
    layout->addWidget(m_line);
    layout->addStretch(1);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

bool NumberFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isDouble() && !value.isUndefined())
        return false;
    if (value.isUndefined()) {
        m_line->clear();
        return true;
    }
    if (this->value() != value)
        m_line->setText(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    return true;
}

QJsonValue NumberFieldEditor::value() const
{
    bool ok = false;
    const double number = m_line->text().toDouble(&ok);
    return ok ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
}
