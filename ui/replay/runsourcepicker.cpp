#include "ui/replay/runsourcepicker.h"

#include "ui/workspace.h"

#include "core/storage/eventstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

RunSourcePicker::RunSourcePicker(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("runSourcePicker"));
    m_sets = new QComboBox;
    m_sets->setObjectName(QStringLiteral("setCombo"));
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targets = new QComboBox;
    m_targets->setObjectName(QStringLiteral("targetCombo"));
    m_targets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *setLabel = new QLabel(tr("&Set"));
    setLabel->setBuddy(m_sets);
    auto *targetLabel = new QLabel(tr("&Target"));
    targetLabel->setBuddy(m_targets);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(setLabel);
    row->addWidget(m_sets);
    row->addSpacing(12);
    row->addWidget(targetLabel);
    row->addWidget(m_targets);
    connect(&m_workspace, &Workspace::libraryChanged, this, &RunSourcePicker::reloadSets);
    connect(&m_workspace, &Workspace::targetsChanged, this, &RunSourcePicker::reloadTargets);
    connect(&m_workspace, &Workspace::currentTargetChanged, this, &RunSourcePicker::reloadTargets);
    reloadSets();
    reloadTargets();
}

void RunSourcePicker::reloadSets()
{
    const qint64 previous = m_sets->count() ? setId() : m_workspace.samplesSetId();
    m_sets->clear();
    if (m_workspace.storeOpen())
        if (const auto sets = m_workspace.store().sets().list())
            for (const EventSet &set : sets.value())
                m_sets->addItem(
                    tr("%1 (%n event(s))", nullptr, int(set.memberCount)).arg(set.name), set.id);
    selectSet(previous);
    emit setsChanged(hasSets());
}

void RunSourcePicker::reloadTargets()
{
    const QString previous
        = m_targets->count() ? m_targets->currentText() : m_workspace.currentTarget().name;
    m_targets->clear();
    for (const TargetConfig &target : m_workspace.targets()) {
        m_targets->addItem(target.name);
        m_targets->setItemData(m_targets->count() - 1, target.urlTemplate, Qt::ToolTipRole);
    }
    const int index = m_targets->findText(previous);
    m_targets->setCurrentIndex(qMax(0, index));
}

bool RunSourcePicker::hasSets() const
{
    return m_sets->count() > 0;
}

qint64 RunSourcePicker::setId() const
{
    return m_sets->currentData().toLongLong();
}

QString RunSourcePicker::setName() const
{
    const int index = m_sets->currentIndex();
    if (index < 0 || !m_workspace.storeOpen())
        return {};
    const auto set = m_workspace.store().sets().set(setId());
    return set ? set.value().name : m_sets->currentText();
}

void RunSourcePicker::selectSet(qint64 setId)
{
    const int index = m_sets->findData(setId);
    if (index >= 0 || m_sets->currentIndex() < 0)
        m_sets->setCurrentIndex(qMax(0, index));
}

TargetConfig RunSourcePicker::target() const
{
    const QList<TargetConfig> targets = m_workspace.targets();
    for (const TargetConfig &target : targets)
        if (target.name == m_targets->currentText())
            return target;
    return m_workspace.currentTarget();
}
