#pragma once

#include "schema/schemaset.h"
#include "validation/payloadcheck.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class Validator;

// The main window: a raw JSON editor with live findings and the live dedup ID.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    const PayloadCheck &lastCheck() const { return m_check; }

public slots:
    void loadExample(const QString &family, int index);
    void recheck();

private:
    void buildUi();
    void buildMenus();
    void showFindings();
    void showDedup();
    void underlineFindings();
    void jumpToFinding(QTreeWidgetItem *item);
    QString selectedFamily() const;

    std::optional<SchemaSet> m_schemas;
    std::unique_ptr<Validator> m_validator;
    PayloadCheck m_check;
    QComboBox *m_family = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_familyNote = nullptr;
    QLabel *m_dedupId = nullptr;
    QLabel *m_dedupComponents = nullptr;
};
