#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QLineEdit;

// A JSON number; empty means the field is absent (a spin box could not say "no value").
class NumberFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit NumberFieldEditor(const QString &placeholder, QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QLineEdit *m_line = nullptr;
};
