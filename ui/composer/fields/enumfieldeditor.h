#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QComboBox;

// One of a closed list of strings (the sub-type); values outside the list are refused so a
// quick fix can offer the right spelling.
class EnumFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    // `notes` maps a value to a short remark shown next to it ("stored, not processed").
    EnumFieldEditor(
        const QStringList &values, const QHash<QString, QString> &notes, QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QComboBox *m_combo = nullptr;
};
