#pragma once

#include "core/common/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

// Exports a set (or every event) to a Postman v2.1 collection, cURL commands (the key as an
// environment variable reference), HAR, NDJSON or a set file; or the schemas as JSON Schema or
// OpenAPI 3.1. Writes through the same core writers as `eventsmith-cli export`.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Postman, Curl, Har, Ndjson, SetFile, JsonSchema, OpenApi };

    explicit ExportDialog(Workspace &workspace, qint64 setId, QWidget *parent = nullptr);

    void setFormat(Format format);
    Format format() const;
    void setPath(const QString &path);
    QString resultText() const;
    // What the Export button does: the number of events (or 1 for a schema) written.
    Result<qint64> runExport();

private:
    void fillSources(qint64 setId);
    void fillTargets();
    void browse();
    void formatChanged();

    Workspace &m_workspace;
    QComboBox *m_source = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
};
