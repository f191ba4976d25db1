#pragma once

#include "core/io/csvmapping.h"

#include <QWidget>

class LibraryImporter;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;
class QTreeWidget;
class SchemaSet;

// Maps the columns of a CSV file to payload field paths (to[0].email), with constants or
// templates for required fields that no column holds. The first rows go through the mapping and
// the validator on every change, so the findings show while mapping. The mapping is the same
// JSON file the CLI takes with --map.
class CsvMappingEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 5;
    // The mapping tables show at least this many rows, however small the dialog.
    static constexpr int MinimumTableRows = 4;

    CsvMappingEditor(
        const SchemaSet &schemas, LibraryImporter &importer, QWidget *parent = nullptr);

    // Reads the header of `path` and lists its columns (mapped by name when a field matches).
    bool setCsvFile(const QString &path);
    QString csvFile() const { return m_path; }
    QStringList header() const { return m_header; }
    CsvMapping mapping() const;
    void setMapping(const CsvMapping &mapping);
    Result<> saveMapping(const QString &path) const;
    Result<> loadMapping(const QString &path);
    // Runs the preview now instead of after the short pause that follows typing.
    void updatePreview();

signals:
    void previewUpdated(int rowsWithErrors);

private:
    void buildLayout();
    void scheduleUpdate();
    void addFixedRow(const QString &field = {}, const QString &value = {});
    QWidget *buildTables();
    QWidget *buildPreview();
    void showUnmapped(const CsvMapping &mapping);
    void showPayload(int row);
    // Fills the empty field paths of columns named like a field of the chosen family.
    void mapColumnsByName();
    static void keepRowsVisible(QTableWidget *table, int rows);

    const SchemaSet &m_schemas;
    LibraryImporter &m_importer;
    QString m_path;
    QStringList m_header;
    QComboBox *m_family = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_fixed = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_unmapped = nullptr;
    QTreeWidget *m_preview = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QList<QByteArray> m_payloads; // of the preview's rows
    QTimer *m_timer = nullptr;
};
