#include "ui/library/exportdialog.h"

#include "core/common/commonerrors.h"
#include "ui/library/libraryexporter.h"

#include "core/storage/eventstore.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

// The event formats come first, in the order of EventWriter::Format.
static_assert(int(ExportDialog::Format::SetFile) == int(EventWriter::Format::SetFile));

ExportDialog::ExportDialog(Workspace &workspace, qint64 setId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("exportSource"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(
        tr("Postman collection v2.1 (*.postman_collection.json)"), int(Format::Postman));
    m_format->addItem(tr("cURL commands (*.sh)"), int(Format::Curl));
    m_format->addItem(tr("HAR archive (*.har)"), int(Format::Har));
    m_format->addItem(tr("NDJSON (*.ndjson)"), int(Format::Ndjson));
    m_format->addItem(tr("Set file (*.events.json)"), int(Format::SetFile));
    m_format->addItem(tr("JSON Schema of one family"), int(Format::JsonSchema));
    m_format->addItem(tr("OpenAPI 3.1 of the events API"), int(Format::OpenApi));
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("exportFamily"));
    m_family->addItems(m_workspace.schemas().families());
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, [this] { static_cast<void>(runExport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Events:"), m_source);
    form->addRow(tr("Family:"), m_family);
    form->addRow(tr("Requests go to:"), m_target);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    fillSources(setId);
    fillTargets();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    formatChanged();
}

void ExportDialog::fillSources(qint64 setId)
{
    m_source->addItem(tr("All events"), qint64(0));
    if (auto sets = m_workspace.store().sets().list())
        for (const EventSet &set : sets.value()) {
            m_source->addItem(tr("%1 (%L2)").arg(set.name).arg(set.memberCount), set.id);
            m_source->setItemData(m_source->count() - 1, set.name, Qt::UserRole + 1);
        }
    m_source->setCurrentIndex(qMax(0, m_source->findData(setId)));
}

void ExportDialog::fillTargets()
{
    const QString current = m_workspace.currentTarget().name;
    for (const TargetConfig &target : m_workspace.targets())
        m_target->addItem(target.name, target.name);
    m_target->setCurrentIndex(qMax(0, m_target->findData(current)));
}

void ExportDialog::formatChanged()
{
    const Format chosen = format();
    const bool schema = chosen == Format::JsonSchema || chosen == Format::OpenApi;
    m_source->setEnabled(!schema);
    m_target->setEnabled(!schema && chosen != Format::Ndjson && chosen != Format::SetFile);
    m_family->setEnabled(chosen == Format::JsonSchema);
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

Result<qint64> ExportDialog::runExport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose a file to write first."));
        return Error {CommonErrors::Usage, m_result->text()};
    }
    const Format chosen = format();
    if (chosen == Format::JsonSchema || chosen == Format::OpenApi) {
        const auto written = LibraryExporter::exportSchema(m_workspace.schemas(),
            chosen == Format::JsonSchema ? m_family->currentText() : QString(), path);
        m_result->setText(written ? tr("Wrote %1.").arg(path) : written.error().message);
        return written ? Result<qint64>(1) : Result<qint64>(written.error());
    }
    EventWriter::Options options;
    options.setName = m_source->currentIndex() == 0
        ? tr("Eventsmith events")
        : m_source->currentData(Qt::UserRole + 1).toString();
    for (const TargetConfig &target : m_workspace.targets())
        if (target.name == m_target->currentData().toString())
            options.target = target;
    options.receiverPort = m_workspace.receiverPort();
    const auto written = LibraryExporter::exportEvents(m_workspace.store(),
        m_source->currentData().toLongLong(), EventWriter::Format(int(chosen)), options, path);
    m_result->setText(written ? tr("Exported %L1 events to %2.").arg(written.value()).arg(path)
                              : written.error().message);
    return written;
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export to"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setPath);
    dialog->open();
}
