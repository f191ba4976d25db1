#include "ui/library/csvmappingeditor.h"

#include "core/common/commonerrors.h"
#include "ui/library/libraryimporter.h"

#include "core/io/csvreader.h"
#include "core/io/jsontext.h"
#include "core/schema/schemaset.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
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
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("csvNameTemplate"));
    m_name->setPlaceholderText(tr("Event names, e.g. {{col.Email}}"));
    m_unmapped = new QLabel;
    m_unmapped->setObjectName(QStringLiteral("csvUnmapped"));
    m_unmapped->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Family:")));
    top->addWidget(m_family);
    top->addWidget(new QLabel(tr("Name:")));
    top->addWidget(m_name, 1);
    // Mapping above, its preview below; the user moves the line between them.
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(buildTables());
    split->addWidget(buildPreview());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_unmapped);
    connect(m_family, &QComboBox::currentTextChanged, this, [this] {
        mapColumnsByName();
        scheduleUpdate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CsvMappingEditor::scheduleUpdate);
    connect(m_columns, &QTableWidget::cellChanged, this, &CsvMappingEditor::scheduleUpdate);
    connect(m_fixed, &QTableWidget::cellChanged, this, &CsvMappingEditor::scheduleUpdate);
}

// The columns of the file beside the fixed values, so both get the height there is.
QWidget *CsvMappingEditor::buildTables()
{
    m_columns = new QTableWidget(0, 3);
    m_columns->setObjectName(QStringLiteral("csvColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Field path"), tr("Type")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    keepRowsVisible(m_columns, MinimumTableRows);
    m_fixed = new QTableWidget(0, 2);
    m_fixed->setObjectName(QStringLiteral("csvFixed"));
    m_fixed->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fixed->horizontalHeaderItem(1)->setToolTip(
        tr("A constant (JSON, e.g. \"sent\") or a template like {{now}}"));
    m_fixed->horizontalHeader()->setStretchLastSection(true);
    m_fixed->verticalHeader()->hide();
    keepRowsVisible(m_fixed, MinimumTableRows - 1); // the button below takes a row
    auto *addFixed = new QPushButton(tr("Add a fixed value"));
    addFixed->setObjectName(QStringLiteral("csvAddFixed"));
    connect(addFixed, &QPushButton::clicked, this, [this] { addFixedRow(); });
    auto *fixed = new QWidget;
    auto *fixedLayout = new QVBoxLayout(fixed);
    fixedLayout->setContentsMargins(0, 0, 0, 0);
    fixedLayout->addWidget(m_fixed, 1);
    fixedLayout->addWidget(addFixed, 0, Qt::AlignLeft);
    auto *tables = new QSplitter(Qt::Horizontal);
    tables->setChildrenCollapsible(false);
    tables->addWidget(m_columns);
    tables->addWidget(fixed);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    return tables;
}

// The first rows with their findings, and the JSON the selected one becomes.
QWidget *CsvMappingEditor::buildPreview()
{
    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setHeaderLabels({tr("Line"), tr("Family"), tr("Findings")});
    m_preview->setRootIsDecorated(false);
    m_preview->setToolTip(tr("The first rows through this mapping"));
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("csvPreviewJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("The JSON of the selected row"));
    connect(m_preview, &QTreeWidget::currentItemChanged, this,
        [this] { showPayload(m_preview->indexOfTopLevelItem(m_preview->currentItem())); });
    auto *preview = new QSplitter(Qt::Horizontal);
    preview->setChildrenCollapsible(false);
    preview->addWidget(m_preview);
    preview->addWidget(m_json);
    return preview;
}

void CsvMappingEditor::keepRowsVisible(QTableWidget *table, int rows)
{
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

void CsvMappingEditor::mapColumnsByName()
{
    const CompiledSchema *schema = m_schemas.schema(m_family->currentText());
    const QStringList fields = schema ? schema->fieldNames() : QStringList();
    const QSignalBlocker blocker(m_columns);
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        QTableWidgetItem *field = m_columns->item(row, 1);
        const QString column = m_columns->item(row, 0)->text();
        if (field && field->text().trimmed().isEmpty() && fields.contains(column))
            field->setText(column);
    }
}

void CsvMappingEditor::showPayload(int row)
{
    m_json->setPlainText(row >= 0 && row < m_payloads.size()
            ? QString::fromUtf8(JsonText::reindent(m_payloads.at(row)))
            : QString());
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
    for (const QString &column : std::as_const(m_header)) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        auto *name = new QTableWidgetItem(column);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_columns->setItem(row, 0, name);
        m_columns->setItem(row, 1, new QTableWidgetItem);
        auto *type = new QComboBox;
        type->addItems(typeNames);
        connect(type, &QComboBox::currentIndexChanged, this, &CsvMappingEditor::scheduleUpdate);
        m_columns->setCellWidget(row, 2, type);
    }
    mapColumnsByName();
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
    m_unmapped->setVisible(!lines.isEmpty()); // an empty label would still take a line
}

void CsvMappingEditor::updatePreview()
{
    m_timer->stop();
    m_preview->clear();
    m_payloads.clear();
    m_json->clear();
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
        m_payloads.append(row.payload);
    }
    if (m_preview->topLevelItemCount() > 0)
        m_preview->setCurrentItem(m_preview->topLevelItem(0));
    emit previewUpdated(withErrors);
}
