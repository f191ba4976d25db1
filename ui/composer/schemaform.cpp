#include "ui/composer/schemaform.h"

#include "ui/composer/fields/fieldeditor.h"
#include "ui/composer/fields/fieldeditorfactory.h"
#include "ui/composer/formfield.h"

#include "core/schema/compiledschema.h"

#include <QLabel>
#include <QVBoxLayout>

SchemaForm::SchemaForm(const CompiledSchema &schema, QWidget *parent)
    : QScrollArea(parent)
    , m_schema(schema)
{
    setObjectName(QStringLiteral("form_") + schema.family());
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("formContents"));
    auto *layout = new QVBoxLayout(inner);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b><br><span style='color:gray'>%2</span>")
            .arg(schema.title().toHtmlEscaped(), schema.description().toHtmlEscaped()));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    const SchemaNode *root = schema.root() ? schema.root()->resolved() : nullptr;
    const QStringList required = schema.requiredFields();
    for (const auto &property : root ? root->properties : decltype(root->properties)()) {
        const QString name = QString::fromStdString(property.first);
        const FieldInfo info = FieldInfo::read(name, property.second, required.contains(name));
        auto *field = new FormField(info, FieldEditorFactory::create(info, schema));
        m_fields.append(field);
        layout->addWidget(field);
        connect(field, &FormField::edited, this, &SchemaForm::fieldEdited);
    }
    layout->addStretch(1);
    setWidget(inner);
}

void SchemaForm::setPayload(const QJsonObject &payload)
{
    m_unknown = payload;
    for (FormField *field : std::as_const(m_fields)) {
        field->setValue(payload.value(field->info().name));
        m_unknown.remove(field->info().name);
    }
}

QJsonObject SchemaForm::payload() const
{
    QJsonObject payload = m_unknown;
    for (const FormField *field : m_fields) {
        const QJsonValue value = field->value();
        if (!value.isUndefined())
            payload.insert(field->info().name, value);
    }
    return payload;
}

QJsonValue SchemaForm::fieldValue(const QString &name) const
{
    const FormField *f = field(name);
    return f ? f->value() : QJsonValue(QJsonValue::Undefined);
}

FormField *SchemaForm::field(const QString &name) const
{
    for (FormField *f : m_fields)
        if (f->info().name == name)
            return f;
    return nullptr;
}

bool SchemaForm::focusField(const QString &name)
{
    FormField *f = field(name);
    if (!f)
        return false;
    ensureWidgetVisible(f, 0, 40);
    f->focusInput();
    return true;
}
