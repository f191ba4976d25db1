#include "ui/library/csvmappingeditor.h"

#include "core/common/commonerrors.h"
#include "ui/library/libraryimporter.h"

#include "core/io/csvreader.h"
#include "core/schema/schemaset.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QStringList typeNames {QStringLiteral("string"), QStringLiteral("number"),
    QStringLiteral("integer"), QStringLiteral("boolean"), QStringLiteral("json")};
} // namespace

CsvMappingEditor::CsvMappingEditor(
    const SchemaSet &schemas, LibraryImporter &importer, QWidget *parent)
    : QWidget(parent)
    , m_schemas(schemas)
    , m_importer(importer)
{
    setObjectName(QStringLiteral("csvMappingEditor"));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &CsvMappingEditor::updatePreview);
    buildLayout();
}

void CsvMappingEditor::buildLayout()
{
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("csvFamily"));
    m_family->addItems(m_schemas.families());
    m_columns = new QTableWidget(0, 3);
    m_columns->setObjectName(QStringLiteral("csvColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Field path"), tr("Type")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_fixed = new QTableWidget(0, 2);
    m_fixed->setObjectName(QStringLiteral("csvFixed"));
    m_fixed->setHorizontalHeaderLabels({tr("Field"), tr("Constant (JSON) or template ({{now}})")});
    m_fixed->horizontalHeader()->setStretchLastSection(true);
    m_fixed->verticalHeader()->hide();
    auto *addFixed = new QPushButton(tr("Add a fixed value"));
    addFixed->setObjectName(QStringLiteral("csvAddFixed"));
    connect(addFixed, &QPushButton::clicked, this, [this] { addFixedRow(); });
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("csvNameTemplate"));
    m_name->setPlaceholderText(tr("Event names, e.g. {{col.Email}}"));
    m_unmapped = new QLabel;
    m_unmapped->setObjectName(QStringLiteral("csvUnmapped"));
    m_unmapped->setWordWrap(true);
    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setHeaderLabels({tr("Line"), tr("Family"), tr("Findings")});
    m_preview->setRootIsDecorated(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Family:"), m_family);
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_columns, 2);
    layout->addWidget(m_fixed, 1);
    layout->addWidget(addFixed, 0, Qt::AlignLeft);
    layout->addWidget(m_unmapped);
    layout->addWidget(new QLabel(tr("The first rows through this mapping:")));
    layout->addWidget(m_preview, 2);
    connect(m_family, &QComboBox::currentTextChanged, this, &CsvMappingEditor::scheduleUpdate);
    connect(m_name, &QLineEdit::textChanged, this, &CsvMappingEditor::scheduleUpdate);
    connect(m_columns, &QTableWidget::cellChanged, this, &CsvMappingEditor::scheduleUpdate);
    connect(m_fixed, &QTableWidget::cellChanged, this, &CsvMappingEditor::scheduleUpdate);
}

bool CsvMappingEditor::setCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&file);
    QStringList header;
    if (!reader.readRow(&header))
        return false;
    m_path = path;
    m_header = header;
    const QSignalBlocker blocker(m_columns);
    m_columns->setRowCount(0);
    const CompiledSchema *schema = m_schemas.schema(m_family->currentText());
    const QStringList fields = schema ? schema->fieldNames() : QStringList();
    for (const QString &column : std::as_const(m_header)) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        auto *name = new QTableWidgetItem(column);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_columns->setItem(row, 0, name);
        m_columns->setItem(
            row, 1, new QTableWidgetItem(fields.contains(column) ? column : QString()));
        auto *type = new QComboBox;
        type->addItems(typeNames);
        connect(type, &QComboBox::currentIndexChanged, this, &CsvMappingEditor::scheduleUpdate);
        m_columns->setCellWidget(row, 2, type);
    }
    scheduleUpdate();
    return true;
}

CsvMapping CsvMappingEditor::mapping() const
{
    CsvMapping mapping;
    mapping.family = m_family->currentText();
    mapping.nameTemplate = m_name->text();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QString field
            = m_columns->item(row, 1) ? m_columns->item(row, 1)->text().trimmed() : QString();
        if (field.isEmpty())
            continue;
        const auto *type = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
        mapping.columns.append({m_columns->item(row, 0)->text(), field,
            CsvMapping::Type(type ? type->currentIndex() : 0)});
    }
    for (int row = 0; row < m_fixed->rowCount(); ++row) {
        const QString field
            = m_fixed->item(row, 0) ? m_fixed->item(row, 0)->text().trimmed() : QString();
        const QString value = m_fixed->item(row, 1) ? m_fixed->item(row, 1)->text() : QString();
        if (field.isEmpty())
            continue;
        QJsonParseError error;
        QJsonDocument::fromJson("[" + value.toUtf8() + "]", &error);
        if (value.contains(QLatin1String("{{")) || error.error != QJsonParseError::NoError)
            mapping.templates.append({field, value});
        else
            mapping.constants.append({field, value.toUtf8()});
    }
    return mapping;
}

void CsvMappingEditor::setMapping(const CsvMapping &mapping)
{
    const QSignalBlocker columnsBlocker(m_columns);
    const QSignalBlocker fixedBlocker(m_fixed);
    if (!mapping.family.isEmpty())
        m_family->setCurrentText(mapping.family);
    m_name->setText(mapping.nameTemplate);
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        m_columns->item(row, 1)->setText(QString());
        for (const CsvMapping::Column &column : mapping.columns) {
            if (column.column != m_columns->item(row, 0)->text())
                continue;
            m_columns->item(row, 1)->setText(column.field);
            if (auto *type = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2)))
                type->setCurrentIndex(int(column.type));
        }
    }
    m_fixed->setRowCount(0);
    for (const auto &constant : mapping.constants)
        addFixedRow(constant.first, QString::fromUtf8(constant.second));
    for (const auto &templ : mapping.templates)
        addFixedRow(templ.first, templ.second);
    scheduleUpdate();
}

void CsvMappingEditor::addFixedRow(const QString &field, const QString &value)
{
    const int row = m_fixed->rowCount();
    m_fixed->insertRow(row);
    m_fixed->setItem(row, 0, new QTableWidgetItem(field));
    m_fixed->setItem(row, 1, new QTableWidgetItem(value));
}

Result<> CsvMappingEditor::saveMapping(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.write(mapping().toJson());
    if (!file.commit())
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}

Result<> CsvMappingEditor::loadMapping(const QString &path)
{
    auto loaded = CsvMapping::load(path);
    if (!loaded)
        return loaded.error();
    setMapping(loaded.value());
    return {};
}

void CsvMappingEditor::scheduleUpdate()
{
    m_timer->start();
}

void CsvMappingEditor::showUnmapped(const CsvMapping &mapping)
{
    const CompiledSchema *schema = m_schemas.schema(mapping.family);
    const QStringList unmapped
        = schema ? mapping.unmappedFields(schema->requiredFields()) : QStringList();
    const QStringList missing = mapping.missingColumns(m_header);
    QStringList lines;
    if (!unmapped.isEmpty())
        lines << tr("Required fields nothing fills yet: %1. Map a column or add a fixed value.")
                     .arg(unmapped.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        lines << tr("Columns the mapping names that the file lacks: %1")
                     .arg(missing.join(QStringLiteral(", ")));
    m_unmapped->setText(lines.join(QLatin1Char('\n')));
}

void CsvMappingEditor::updatePreview()
{
    m_timer->stop();
    m_preview->clear();
    const CsvMapping current = mapping();
    showUnmapped(current);
    if (m_path.isEmpty())
        return;
    const auto preview = m_importer.previewCsv(m_path, current, PreviewRows);
    if (!preview) {
        new QTreeWidgetItem(m_preview, {QString(), QString(), preview.error().message});
        emit previewUpdated(-1);
        return;
    }
    int withErrors = 0;
    for (const LibraryImporter::PreviewRow &row : preview.value()) {
        QStringList texts;
        for (const Finding &finding : row.findings)
            texts << QStringLiteral("%1 %2: %3")
                         .arg(Finding::severityName(finding.severity),
                             finding.path.isEmpty() ? QStringLiteral("/") : finding.path,
                             finding.message);
        withErrors += hasErrors(row.findings) ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_preview,
            {QString::number(row.line), row.family,
                texts.isEmpty() ? tr("valid") : texts.join(QStringLiteral("; "))});
        item->setToolTip(2, texts.join(QLatin1Char('\n')));
    }
    emit previewUpdated(withErrors);
}
