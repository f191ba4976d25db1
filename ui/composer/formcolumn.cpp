#include "ui/composer/formcolumn.h"

#include "ui/composer/formfield.h"
#include "ui/composer/schemaform.h"
#include "ui/widgets/bannerlabel.h"

#include "core/quickfix/quickfixer.h"
#include "core/quickfix/quickfixerrors.h"
#include "core/schema/schemaorderedjson.h"
#include "core/schema/schemaset.h"

#include <QJsonDocument>
#include <QStackedWidget>
#include <QVBoxLayout>

FormColumn::FormColumn(const SchemaSet &schemas, QWidget *parent)
    : QWidget(parent)
    , m_schemas(schemas)
{
    m_banner = new BannerLabel(ThemeColors::Tone::Error);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->hide();
    m_forms = new QStackedWidget;
    m_forms->setObjectName(QStringLiteral("forms"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_forms, 1);
    // Every family's form up front: a form made later would join the end of the Tab chain.
    for (const QString &family : schemas.families())
        formFor(family);
}

SchemaForm *FormColumn::currentForm() const
{
    return qobject_cast<SchemaForm *>(m_forms->currentWidget());
}

SchemaForm *FormColumn::formFor(const QString &family)
{
    const CompiledSchema *schema = m_schemas.schema(family);
    if (!schema)
        return currentForm();
    for (int i = 0; i < m_forms->count(); ++i) {
        auto *form = static_cast<SchemaForm *>(m_forms->widget(i));
        if (&form->schema() == schema)
            return form;
    }
    auto *form = new SchemaForm(*schema);
    m_forms->addWidget(form);
    connect(form, &SchemaForm::fieldEdited, this, &FormColumn::fieldEdited);
    return form;
}

void FormColumn::follow(const QString &text, const QString &family, const PayloadCheck &check)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    SchemaForm *form = formFor(family);
    if (form)
        m_forms->setCurrentWidget(form);
    if (utf8.trimmed().isEmpty()) {
        m_banner->hide();
        m_lastValid = QJsonObject(); // a new, empty event
        m_hasValid = true;
        if (form)
            form->setPayload(m_lastValid);
        return;
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        showParseProblem(error.error == QJsonParseError::NoError || check.parsed, check);
        return;
    }
    m_banner->hide();
    m_lastValid = doc.object();
    m_hasValid = true;
    if (!form)
        return;
    form->setPayload(m_lastValid);
    emit fixesChanged(QuickFixer::find(form->schema(), m_lastValid));
}

void FormColumn::showParseProblem(bool notAnObject, const PayloadCheck &check)
{
    const Finding parse = check.findings.value(0);
    m_banner->setText(notAnObject
            ? tr("The payload is not a JSON object; the form shows the last one that was.")
            : tr("JSON error at line %1, column %2: %3. The form shows the last valid payload.")
                  .arg(parse.line)
                  .arg(parse.column)
                  .arg(parse.message));
    m_banner->show();
}

bool FormColumn::showsText() const
{
    return currentForm() && m_banner->isHidden();
}

void FormColumn::fieldEdited(const QString &name)
{
    auto *form = qobject_cast<SchemaForm *>(sender());
    if (!form || !m_hasValid)
        return; // this document never parsed: the form shows another one's values
    // Only the edited field is written: values the form cannot show stay as they are.
    const QJsonValue value = form->fieldValue(name);
    if (value.isUndefined())
        m_lastValid.remove(name);
    else
        m_lastValid.insert(name, value);
    const FormField *field = form->field(name);
    emit fieldWritten(SchemaOrderedJson::write(m_lastValid, form->schema().root()),
        tr("Edit %1").arg(field ? field->info().title : name), name);
    emit fixesChanged(QuickFixer::find(form->schema(), m_lastValid));
}

Result<QString> FormColumn::applyQuickFix(const QuickFix &fix) const
{
    const SchemaForm *form = currentForm();
    if (!showsText())
        return Error {QuickFixErrors::NeedsParsedPayload,
            tr("Fix the JSON syntax first: quick fixes need a parsed payload.")};
    const Result<QJsonObject> fixed = QuickFixer::apply(form->schema(), m_lastValid, fix);
    if (!fixed)
        return fixed.error();
    return SchemaOrderedJson::write(fixed.value(), form->schema().root());
}

bool FormColumn::focusField(const QString &name)
{
    SchemaForm *form = currentForm();
    return form && !name.isEmpty() && m_banner->isHidden() && form->focusField(name);
}
