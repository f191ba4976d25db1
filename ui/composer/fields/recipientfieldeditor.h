#pragma once

#include "ui/composer/fields/fieldeditor.h"

#include <QJsonObject>

class QLineEdit;

// One {email, name} object (the sender); unknown keys of the object are kept.
class RecipientFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit RecipientFieldEditor(QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QJsonObject m_original;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
};
