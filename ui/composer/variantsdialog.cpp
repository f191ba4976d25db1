#include "ui/composer/variantsdialog.h"

#include "ui/widgets/themecolors.h"
#include "ui/workspace.h"

#include "core/library/variantsaver.h"
#include "core/storage/eventstore.h"
#include "core/templates/templateresolver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

VariantsDialog::VariantsDialog(
    Workspace &workspace, const QString &family, const QString &templateText, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_family(family)
    , m_template(templateText)
{
    setObjectName(QStringLiteral("variantsDialog"));
    setWindowTitle(tr("Generate variants"));
    auto *intro = new QLabel(tr("Makes events from this one as a template: {{seq}} runs 1…N, "
                                "{{uuid}} and {{random.*}} differ per event. Without variables "
                                "the copies share one dedup ID, which is how to test dedup."));
    intro->setWordWrap(true);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("variantCount"));
    m_count->setRange(1, VariantSaver::MaxCount);
    m_count->setValue(10);
    m_setName = new QLineEdit(tr("%1 variants").arg(family));
    m_setName->setObjectName(QStringLiteral("variantSetName"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("variantError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Error, palette()));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Number of events:"), m_count);
    form->addRow(tr("New &set:"), m_setName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VariantsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void VariantsDialog::setCount(int count)
{
    m_count->setValue(count);
}

void VariantsDialog::setSetName(const QString &name)
{
    m_setName->setText(name);
}

bool VariantsDialog::generate()
{
    TemplateResolver resolver(nullptr, QRandomGenerator::global()->generate());
    VariantSaver saver(m_workspace.store(), m_workspace.validator(), resolver);
    const auto outcome
        = saver.save(m_family, m_template.toUtf8(), m_count->value(), m_setName->text());
    if (!outcome) {
        m_error->setText(tr("Nothing was stored: %1.").arg(outcome.error().message));
        m_error->show();
        return false;
    }
    m_workspace.notifyLibraryChanged();
    const auto &o = outcome.value();
    emit generated(tr("Stored %1 events in the set \"%2\": %3 distinct dedup IDs, %4 invalid.")
                       .arg(o.stored)
                       .arg(m_setName->text().trimmed())
                       .arg(o.distinctDedupIds)
                       .arg(o.invalid));
    return true;
}

void VariantsDialog::accept()
{
    if (generate())
        QDialog::accept();
}
