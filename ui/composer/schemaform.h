#pragma once

#include "ui/composer/fieldinfo.h"

#include <QJsonObject>
#include <QScrollArea>

class CompiledSchema;
class FormField;

// The form of one family, generated from its schema: one FormField per top-level property,
// in the schema's order. Keys the schema does not know are kept and written back.
class SchemaForm final : public QScrollArea
{
    Q_OBJECT

public:
    explicit SchemaForm(const CompiledSchema &schema, QWidget *parent = nullptr);

    const CompiledSchema &schema() const { return m_schema; }
    void setPayload(const QJsonObject &payload);
    QJsonObject payload() const;
    QJsonValue fieldValue(const QString &name) const;
    FormField *field(const QString &name) const;
    // Scrolls to the field and focuses it; false when the form has no such field.
    bool focusField(const QString &name);

signals:
    void fieldEdited(const QString &name);

private:
    const CompiledSchema &m_schema;
    QVector<FormField *> m_fields;
    QJsonObject m_unknown;
};
