#include "ui/composer/neweventdialog.h"

#include "core/schema/schemaset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

NewEventDialog::NewEventDialog(const SchemaSet &schemas, QWidget *parent)
    : QDialog(parent)
    , m_schemas(schemas)
{
    setObjectName(QStringLiteral("newEventDialog"));
    setWindowTitle(tr("New event"));
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("newEventFamily"));
    m_family->addItems(schemas.families());
    m_subType = new QComboBox;
    m_subType->setObjectName(QStringLiteral("newEventSubType"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(tr("&Sub-type:"), m_subType);
    form->addRow(buttons);
    connect(m_family, &QComboBox::currentIndexChanged, this, &NewEventDialog::fillSubTypes);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { emit chosen(family(), subTypeIndex()); });
    fillSubTypes();
}

void NewEventDialog::fillSubTypes()
{
    m_subType->clear();
    if (const CompiledSchema *schema = m_schemas.schema(family()))
        m_subType->addItems(schema->subTypes());
}

QString NewEventDialog::family() const
{
    return m_family->currentText();
}

int NewEventDialog::subTypeIndex() const
{
    return m_subType->currentIndex();
}
