#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QComboBox;
class QLineEdit;

// A one-line string; with suggestions from the schema it is an editable combo box.
class TextFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit TextFieldEditor(
        const QStringList &suggestions, const QString &placeholder, QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
};
