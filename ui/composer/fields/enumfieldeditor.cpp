#include "ui/composer/fields/enumfieldeditor.h"

#include <QComboBox>
#include <QHBoxLayout>

EnumFieldEditor::EnumFieldEditor(
    const QStringList &values, const QHash<QString, QString> &notes, QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("input"));
    for (const QString &v : values) {
        const QString note = notes.value(v);
        m_combo->addItem(note.isEmpty() ? v : QStringLiteral("%1  (%2)").arg(v, note), v);
    }
    m_combo->setCurrentIndex(-1);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

bool EnumFieldEditor::setValue(const QJsonValue &value)
{
    if (value.isUndefined()) {
        m_combo->setCurrentIndex(-1);
        return true;
    }
    const int index = value.isString() ? m_combo->findData(value.toString()) : -1;
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

QJsonValue EnumFieldEditor::value() const
{
    if (m_combo->currentIndex() < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m_combo->currentData().toString();
}
