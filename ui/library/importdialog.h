#pragma once

#include "ui/library/libraryimporter.h"

#include <QDialog>

class CsvMappingEditor;
class QComboBox;
class QFormLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class Workspace;

// Imports into the library: a pasted cURL command, a CSV file through a column mapping, a
// Postman collection, a HAR archive, an NDJSON or set file. Everything is checked before anything
// is stored; large files stream with progress; skipped requests and findings are listed.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);

    void setKind(LibraryImporter::Kind kind);
    LibraryImporter::Kind kind() const;
    void setPath(const QString &path);
    void setCurlText(const QString &text);
    void setSetName(const QString &name);
    CsvMappingEditor *csvEditor() const { return m_csv; }
    QString reportText() const;
    void setInvalidPolicy(EventImporter::InvalidPolicy policy);
    // What the Import button does; returns the outcome for callers that want it.
    Result<LibraryImporter::Outcome> runImport();
    // Writes the events the last import left out for their errors, as NDJSON to fix them in.
    Result<> saveSkipped(const QString &path) const;

    // The kind a file's name and first bytes suggest.
    static LibraryImporter::Kind guessKind(const QString &path);

signals:
    void imported(const LibraryImporter::Outcome &outcome);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildLayout();
    QWidget *buildFilePage();
    void browse();
    void browseMapping(bool save);
    void browseSkipped();
    void showOutcome(const LibraryImporter::Outcome &outcome);
    LibraryImporter::AlreadyThere askAlreadyThere(qint64 count, const QString &setName);
    LibraryImporter::Options options() const;
    // The kind chosen when the dialog was last used (cURL the first time).
    LibraryImporter::Kind rememberedKind() const;

    Workspace &m_workspace;
    LibraryImporter m_importer;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QLineEdit *m_path = nullptr;
    CsvMappingEditor *m_csv = nullptr;
    QLineEdit *m_setName = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_invalidPolicy = nullptr;
    QPushButton *m_saveSkipped = nullptr;
    QList<PortableEvent> m_skipped;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
};
