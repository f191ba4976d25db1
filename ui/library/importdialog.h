#pragma once

#include "ui/library/libraryimporter.h"

#include <QDialog>
#include <QElapsedTimer>

class CsvMappingEditor;
class ImportJob;
class QComboBox;
class QFormLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
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

public slots:
    // While an import runs, Close and Escape cancel it instead (nothing is stored).
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildLayout();
    QWidget *buildFilePage();
    void browse();
    void browseMapping(bool save);
    void browseSkipped();
    void showOutcome(const LibraryImporter::Outcome &outcome);
    Result<LibraryImporter::Outcome> runChosen(const LibraryImporter::Options &chosen);
    // Runs `task` on the job's thread while this dialog keeps answering.
    Result<LibraryImporter::Outcome> runInBackground(
        const std::function<Result<LibraryImporter::Outcome>(LibraryImporter &)> &task);
    void showProgress(qint64 done, qint64 total, bool storing);
    static QString timeLeft(qint64 seconds);
    LibraryImporter::AlreadyThere askAlreadyThere(qint64 count, const QString &setName);
    LibraryImporter::Options options() const;
    // The kind chosen when the dialog was last used (cURL the first time).
    LibraryImporter::Kind rememberedKind() const;

    Workspace &m_workspace;
    LibraryImporter m_importer; // on this thread: the preview, cURL, Postman and HAR
    ImportJob *m_job = nullptr; // event files and CSV, which can be long
    QComboBox *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_pages = nullptr;
    QWidget *m_curlPage = nullptr;
    QWidget *m_filePage = nullptr;
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
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_passTimer; // since the current pass began, for the rate
    bool m_passStoring = false;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
};
