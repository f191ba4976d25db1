#pragma once

#include "ui/composer/fields/fieldeditor.h"

class RowTable;

// An array of {email, name} rows (to, cc, bcc); for participants a row may also be a plain
// string (an email or a name), kept as a string.
class RecipientListEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit RecipientListEditor(bool participants, QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QJsonValue rowValue(int row) const;
    void markRow(int row, const QJsonValue &original);

    bool m_participants = false;
    RowTable *m_rows = nullptr;
};
