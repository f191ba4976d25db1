#include "ui/composer/send/targetsdialog.h"

#include "ui/widgets/screenfit.h"
#include "ui/workspace.h"

#include "core/net/headerlines.h"
#include "core/net/secretstore.h"
#include "core/net/targetresolver.h"
#include "core/storage/eventstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

TargetsDialog::TargetsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Targets"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildList());
    columns->addWidget(buildForm(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(780, 520));
    reloadList(m_workspace.currentTarget().name);
    QTimer::singleShot(0, this, &TargetsDialog::probeKeychain);
}

QWidget *TargetsDialog::buildList()
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("targetList"));
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New"));
    add->setObjectName(QStringLiteral("newTarget"));
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove"));
    remove->setObjectName(QStringLiteral("removeTarget"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    box->setMaximumWidth(240);
    connect(add, &QPushButton::clicked, this, &TargetsDialog::newTarget);
    connect(remove, &QPushButton::clicked, this, &TargetsDialog::removeTarget);
    connect(m_list, &QListWidget::currentTextChanged, this, &TargetsDialog::loadTarget);
    return box;
}

QWidget *TargetsDialog::buildForm()
{
    auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_name = named(new QLineEdit, "targetName");
    m_preset = named(new QComboBox, "targetPreset");
    m_preset->addItem(tr("Custom URL"));
    for (const TargetConfig &preset : TargetConfig::presets())
        m_preset->addItem(preset.name, preset.urlTemplate);
    m_url = named(new QLineEdit, "targetUrl");
    m_url->setPlaceholderText(tr("https://host/path/{eventType}"));
    m_url->setToolTip(tr("{eventType} becomes the family; {port} the local receiver's port"));
    m_auth = named(new QComboBox, "targetAuth");
    m_auth->addItem(tr("api_key header"), int(TargetConfig::AuthMode::Header));
    m_auth->addItem(tr("api_key query parameter"), int(TargetConfig::AuthMode::Query));
    m_keySource = named(new QComboBox, "targetKeySource");
    m_keySource->addItem(tr("OS keychain"), int(TargetConfig::KeySource::Keychain));
    m_keySource->addItem(tr("Environment variable"), int(TargetConfig::KeySource::Environment));
    m_envVar = named(new QLineEdit, "targetEnvVar");
    m_key = named(new QLineEdit, "targetKey");
    m_key->setEchoMode(QLineEdit::Password);
    m_reveal = named(new QToolButton, "revealKey");
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_reveal);
    m_templateEnv = named(new QLineEdit, "targetTemplateEnv");
    m_templateEnv->setPlaceholderText(tr("none: {{env.NAME}} reads no variable"));
    m_templateEnv->setToolTip(tr("Environment variables that {{env.NAME}} may read in events sent "
                                 "to this target, separated by commas. Imported events never read "
                                 "others."));
    m_headers = named(new QPlainTextEdit, "targetHeaders");
    m_headers->setPlaceholderText(tr("X-Team: growth\nX-Trace: on"));
    m_headers->setToolTip(tr("Headers sent with every request to this target, one \"Name: "
                             "value\" per line. The key has its own settings above."));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_timeout = named(new QSpinBox, "targetTimeout");
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_keychain = named(new QLabel, "keychainStatus");
    m_keychain->setWordWrap(true);
    m_status = named(new QLabel, "targetStatus");
    m_status->setWordWrap(true);
    auto *save = named(new QPushButton(tr("Save target")), "saveTarget");
    save->setDefault(true);
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("URL template:"), m_url);
    form->addRow(tr("Auth:"), m_auth);
    form->addRow(tr("Key from:"), m_keySource);
    form->addRow(tr("Env. variable:"), m_envVar);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keychain);
    form->addRow(tr("Templates may read:"), m_templateEnv);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(QString(), save);
    form->addRow(QString(), m_status);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_keychain->setMinimumHeight(m_keychain->fontMetrics().lineSpacing() * 2);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    connect(m_preset, &QComboBox::activated, this, &TargetsDialog::applyPreset);
    connect(m_reveal, &QToolButton::toggled, this, &TargetsDialog::toggleReveal);
    connect(save, &QPushButton::clicked, this, &TargetsDialog::saveTarget);
    return box;
}

void TargetsDialog::probeKeychain()
{
    SecretStore &secrets = m_workspace.secrets();
    const bool available = secrets.probe() == SecretStore::Availability::Available;
    m_keychain->setText(available ? tr("Keys typed here go to the OS keychain.")
                                  : tr("%1: the key is read from the environment variable.")
                                        .arg(secrets.statusMessage()));
}

void TargetsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const TargetConfig &target : m_workspace.targets())
        m_list->addItem(target.name);
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    loadTarget(found.isEmpty() ? QString() : select);
}

void TargetsDialog::loadTarget(const QString &name)
{
    const auto stored = m_workspace.store().targets().byName(name);
    m_editingId = stored ? stored.value().id : 0;
    const TargetConfig config
        = stored ? TargetResolver::fromStored(stored.value()) : TargetConfig();
    m_name->setText(config.name);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(config.urlTemplate)));
    m_url->setText(config.urlTemplate);
    m_auth->setCurrentIndex(m_auth->findData(int(config.authMode)));
    m_keySource->setCurrentIndex(m_keySource->findData(int(config.keySource)));
    m_envVar->setText(config.envVar);
    m_key->clear();
    m_key->setPlaceholderText(config.keySource == TargetConfig::KeySource::Keychain
            ? tr("kept in the keychain; type to replace")
            : tr("optional: used for this session only"));
    m_reveal->setChecked(false);
    m_timeout->setValue(qMax(1, config.transferTimeoutMs / 1000));
    m_templateEnv->setText(config.templateEnvironment.join(QStringLiteral(", ")));
    m_headers->setPlainText(HeaderLines::format(config.extraHeaders));
}

void TargetsDialog::newTarget()
{
    m_list->clearSelection();
    loadTarget(QString());
    m_name->setText(tr("New target"));
    m_name->setFocus();
    m_name->selectAll();
}

void TargetsDialog::applyPreset(int index)
{
    if (index <= 0)
        return;
    const TargetConfig preset = TargetConfig::presets().value(index - 1);
    m_url->setText(preset.urlTemplate);
    m_auth->setCurrentIndex(m_auth->findData(int(preset.authMode)));
}

void TargetsDialog::toggleReveal(bool reveal)
{
    m_key->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(reveal ? tr("Hide") : tr("Show"));
    const TargetConfig config = configFromForm();
    if (!reveal || !m_key->text().isEmpty() || m_editingId == 0
        || config.keySource != TargetConfig::KeySource::Keychain)
        return;
    const auto stored = m_workspace.secrets().readSecret(config.effectiveKeychainEntry());
    if (stored)
        m_key->setText(stored.value());
    else
        report(stored.error().message, true);
}

TargetConfig TargetsDialog::configFromForm() const
{
    TargetConfig config;
    config.name = m_name->text().trimmed();
    config.urlTemplate = m_url->text().trimmed();
    config.authMode = TargetConfig::AuthMode(m_auth->currentData().toInt());
    config.keySource = TargetConfig::KeySource(m_keySource->currentData().toInt());
    config.envVar = m_envVar->text().trimmed();
    if (config.envVar.isEmpty())
        config.envVar = QString::fromLatin1(TargetConfig::DefaultEnvVar);
    config.transferTimeoutMs = m_timeout->value() * 1000;
    config.deadlineMs = config.transferTimeoutMs * 2;
    for (const QString &name : m_templateEnv->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        config.templateEnvironment << name.trimmed();
    config.templateEnvironment.removeAll(QString());
    if (const auto headers = HeaderLines::parse(m_headers->toPlainText()))
        config.extraHeaders = headers.value();
    return config;
}

QString TargetsDialog::storeKey(TargetConfig &config)
{
    const QString key = m_key->text();
    if (key.isEmpty())
        return {};
    if (config.keySource == TargetConfig::KeySource::Keychain) {
        const auto written
            = m_workspace.secrets().writeSecret(config.effectiveKeychainEntry(), key);
        if (written)
            return tr("The key is in the keychain as \"%1\".").arg(config.effectiveKeychainEntry());
        config.keySource = TargetConfig::KeySource::Environment;
        m_keySource->setCurrentIndex(m_keySource->findData(int(config.keySource)));
        m_keychain->setText(written.error().message);
    }
    // Only this process's environment: the key is gone when Eventsmith quits.
    qputenv(config.envVar.toLocal8Bit().constData(), key.toUtf8());
    return tr("The key is kept for this session only; set %1 in your environment for next time.")
        .arg(config.envVar);
}

void TargetsDialog::saveTarget()
{
    TargetConfig config = configFromForm();
    if (const auto url = config.expandUrl(QStringLiteral("emails"), m_workspace.receiverPort());
        !url) {
        report(url.error().message, true);
        return;
    }
    if (const auto headers = HeaderLines::parse(m_headers->toPlainText()); !headers) {
        report(headers.error().message, true);
        return;
    }
    const QString keyNote = storeKey(config);
    Target stored = TargetResolver::toStored(config);
    stored.id = m_editingId;
    TargetStore targets = m_workspace.store().targets();
    QString problem;
    if (m_editingId > 0) {
        if (const auto updated = targets.update(stored); !updated)
            problem = updated.error().message;
    } else if (const auto added = targets.add(stored); !added) {
        problem = added.error().message;
    }
    if (!problem.isEmpty()) {
        report(problem, true);
        return;
    }
    m_key->clear();
    m_workspace.notifyTargetsChanged();
    reloadList(config.name);
    report(tr("Saved %1. %2").arg(config.name, keyNote), false);
}

void TargetsDialog::removeTarget()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    if (name.isEmpty())
        return;
    if (const auto removed = m_workspace.store().targets().remove(name); !removed) {
        report(removed.error().message, true);
        return;
    }
    m_workspace.notifyTargetsChanged();
    reloadList(m_workspace.currentTarget().name);
    report(tr("Removed %1.").arg(name), false);
}

void TargetsDialog::report(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#a01010") : QString());
}
