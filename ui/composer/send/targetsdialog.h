#pragma once

#include "core/net/targetconfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QSpinBox;
class QToolButton;
class Workspace;

// Edits the saved targets: URL template (from a preset or typed), auth mode, where the key
// comes from and the key itself, which goes to the OS keychain (or, when that is unavailable,
// only to this session's environment): never to the database.
class TargetsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TargetsDialog(Workspace &workspace, QWidget *parent = nullptr);

public slots:
    void newTarget();
    void saveTarget();
    void removeTarget();

private:
    QWidget *buildForm();
    QWidget *buildList();
    void reloadList(const QString &select);
    void loadTarget(const QString &name);
    void applyPreset(int index);
    void toggleReveal(bool reveal);
    void probeKeychain();
    TargetConfig configFromForm() const;
    // Puts the typed key where the target says; may switch the target to the environment.
    QString storeKey(TargetConfig &config);
    void report(const QString &text, bool problem);

    Workspace &m_workspace;
    qint64 m_editingId = 0; // 0: a new target
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_keySource = nullptr;
    QLineEdit *m_envVar = nullptr;
    QLineEdit *m_key = nullptr;
    QToolButton *m_reveal = nullptr;
    QLineEdit *m_templateEnv = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_keychain = nullptr;
    QLabel *m_status = nullptr;
};
