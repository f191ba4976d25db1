#include "ui/composer/send/sendbar.h"

#include "ui/workspace.h"

#include "core/storage/eventstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>

SendBar::SendBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("sendBar"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("sendTargetCombo"));
    m_target->setMinimumContentsLength(14);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setToolTip(tr("Where Send posts the event"));
    QToolButton *edit = button(tr("Targets…"), QStringLiteral("editTargetsButton"),
        tr("Add or edit targets, their auth mode and API keys"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("eventNameEdit"));
    m_name->setAccessibleName(tr("Event name"));
    m_name->setPlaceholderText(tr("Event name"));
    m_name->setMaximumWidth(220);
    // Room for a readable name even on a 1024-px screen; the family note gives way first.
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 14);
    m_set = new QComboBox;
    m_set->setObjectName(QStringLiteral("saveSetCombo"));
    m_set->setToolTip(tr("Also add the event to this set when saving"));
    // A long set name must not widen the bar, and with it the window.
    m_set->setMinimumContentsLength(12);
    m_set->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QToolButton *save = button(
        tr("Save"), QStringLiteral("saveButton"), tr("Save the event in the library (Ctrl+S)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Target:")));
    layout->addWidget(m_target);
    layout->addWidget(buildSendControls(edit));
    layout->addSpacing(16);
    layout->addWidget(m_name);
    layout->addWidget(m_set);
    layout->addWidget(save);
    connect(edit, &QToolButton::clicked, this, &SendBar::editTargetsClicked);
    connect(m_send, &QToolButton::clicked, this, &SendBar::sendClicked);
    connect(m_cancel, &QToolButton::clicked, this, &SendBar::cancelClicked);
    connect(save, &QToolButton::clicked, this, &SendBar::saveClicked);
    connect(m_target, &QComboBox::activated, this,
        [this] { m_workspace.setCurrentTarget(m_target->currentText()); });
    connect(&m_workspace, &Workspace::targetsChanged, this, &SendBar::reloadTargets);
    connect(&m_workspace, &Workspace::currentTargetChanged, this, &SendBar::reloadTargets);
    connect(&m_workspace, &Workspace::libraryChanged, this, &SendBar::reloadSets);
    reloadTargets();
    reloadSets();
    setBusy(false);
}

// Targets and Send while idle, the progress and Cancel in their place while sending: the bar
// keeps one width, so a send never widens it, and with it the window.
QWidget *SendBar::buildSendControls(QToolButton *edit)
{
    m_send = button(tr("Send"), QStringLiteral("sendButton"), tr("Send the event (Ctrl+Enter)"));
    m_send->setStyleSheet(QStringLiteral("font-weight:bold"));
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelSendButton"), tr("Stop waiting (Esc)"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, 0); // busy: a send has no measurable progress
    m_progress->setMaximumWidth(80);
    m_progress->setTextVisible(false);
    m_sendControls = new QStackedWidget;
    m_sendControls->setObjectName(QStringLiteral("sendControls"));
    for (const QList<QWidget *> &widgets :
        {QList<QWidget *> {edit, m_send}, QList<QWidget *> {m_progress, m_cancel}}) {
        auto *page = new QWidget;
        auto *row = new QHBoxLayout(page);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            row->addWidget(widget);
        m_sendControls->addWidget(page);
    }
    return m_sendControls;
}

QToolButton *SendBar::button(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void SendBar::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_sendControls->setCurrentIndex(busy ? 1 : 0);
}

QString SendBar::eventName() const
{
    return m_name->text();
}

void SendBar::setEventName(const QString &name)
{
    m_name->setText(name);
}

qint64 SendBar::chosenSetId() const
{
    return m_set->currentData().toLongLong();
}

void SendBar::reloadTargets()
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    for (const TargetConfig &target : m_workspace.targets())
        m_target->addItem(target.name);
    m_target->setCurrentIndex(qMax(0, m_target->findText(m_workspace.currentTarget().name)));
    TargetConfig current = m_workspace.currentTarget();
    m_target->setToolTip(current.urlTemplate.replace(
        QLatin1String(TargetConfig::PortPlaceholder), QString::number(m_workspace.receiverPort())));
}

void SendBar::reloadSets()
{
    const qint64 chosen = chosenSetId();
    const QSignalBlocker blocker(m_set);
    m_set->clear();
    m_set->addItem(tr("Library only"), qint64(0));
    if (const auto sets = m_workspace.store().sets().list())
        for (const EventSet &set : sets.value())
            m_set->addItem(tr("and set %1").arg(set.name), set.id);
    m_set->setCurrentIndex(qMax(0, m_set->findData(chosen)));
}
