#pragma once

#include "ui/composer/fields/fieldeditor.h"

class RowTable;

// customMetadata: a key/value table whose values are JSON (a cell that is not JSON is
// taken as a string, so `B` and `"B"` both mean the string B).
class KeyValueFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit KeyValueFieldEditor(QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

    static QString cellText(const QJsonValue &value);
    static QJsonValue cellValue(const QString &text);

private:
    RowTable *m_rows = nullptr;
};
