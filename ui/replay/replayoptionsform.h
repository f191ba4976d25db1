#pragma once

#include "core/replay/replayoptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

// The replay engine's options as controls: concurrency, rate limit, retries, stop rule,
// timestamps, eventIds, dry run and events with errors (the CLI's replay flags).
class ReplayOptionsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayOptionsForm(QWidget *parent = nullptr);

    ReplayOptions options() const;
    void setOptions(const ReplayOptions &options);

private:
    void buildControls();
    void layoutControls();
    void updateEnabled();

    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_retries = nullptr;
    QComboBox *m_stopRule = nullptr;
    QSpinBox *m_maxFailures = nullptr;
    QCheckBox *m_rebase = nullptr;
    QCheckBox *m_freshIds = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_sendInvalid = nullptr;
};
