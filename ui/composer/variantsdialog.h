#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class Workspace;

// "Generate N variants" of the composer's event: asks how many and the new set's name, then
// stores them through the core's VariantSaver and says what it made (or why not).
class VariantsDialog final : public QDialog
{
    Q_OBJECT

public:
    VariantsDialog(Workspace &workspace, const QString &family, const QString &templateText,
        QWidget *parent = nullptr);

    void setCount(int count);
    void setSetName(const QString &name);
    // Generates and stores; returns false with the reason shown in the dialog.
    bool generate();

public slots:
    void accept() override;

signals:
    void generated(const QString &summary);

private:
    Workspace &m_workspace;
    QString m_family;
    QString m_template;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_setName = nullptr;
    QLabel *m_error = nullptr;
};
