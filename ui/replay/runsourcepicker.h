#pragma once

#include "core/net/targetconfig.h"

#include <QWidget>

class QComboBox;
class Workspace;

// Which set to replay and where to: the store's sets (the Samples set first chosen) and the
// workspace's targets (the current one first chosen), kept up to date with the library.
class RunSourcePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit RunSourcePicker(Workspace &workspace, QWidget *parent = nullptr);

    bool hasSets() const;
    qint64 setId() const;
    QString setName() const;
    TargetConfig target() const;
    void selectSet(qint64 setId);

public slots:
    void reloadSets();
    void reloadTargets();

signals:
    void setsChanged(bool any);

private:
    Workspace &m_workspace;
    QComboBox *m_sets = nullptr;
    QComboBox *m_targets = nullptr;
};
