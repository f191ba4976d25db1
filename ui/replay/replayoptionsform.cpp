#include "ui/replay/replayoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace {

template<typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

ReplayOptionsForm::ReplayOptionsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replayOptions"));
    buildControls();
    setOptions(ReplayOptions());
}

void ReplayOptionsForm::buildControls()
{
    m_concurrency = named(new QSpinBox, "concurrencySpin");
    m_concurrency->setRange(1, 512);
    m_concurrency->setToolTip(tr("Events in progress at once; 1 keeps strict order."));
    m_rate = named(new QDoubleSpinBox, "rateSpin");
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("unlimited"));
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("At most this many requests per second, retries included."));
    m_retries = named(new QSpinBox, "retriesSpin");
    m_retries->setRange(0, 20);
    m_retries->setToolTip(tr("Retries per event on 429, 5xx and connection errors."));
    m_stopRule = named(new QComboBox, "stopRuleCombo");
    m_stopRule->addItem(tr("Never stop"), int(ReplayOptions::StopRule::Never));
    m_stopRule->addItem(tr("Stop at first failure"), int(ReplayOptions::StopRule::FirstFailure));
    m_stopRule->addItem(tr("Stop after failures:"), int(ReplayOptions::StopRule::AfterFailures));
    m_maxFailures = named(new QSpinBox, "maxFailuresSpin");
    m_maxFailures->setRange(1, 1000000);
    m_maxFailures->setAccessibleName(tr("Failures before the run stops"));
    m_rebase = named(new QCheckBox(tr("Rebase timestamps")), "rebaseCheck");
    m_rebase->setToolTip(tr("Move timestamps so the first event is now (gaps kept)."));
    m_freshIds = named(new QCheckBox(tr("Fresh eventIds")), "freshIdsCheck");
    m_freshIds->setToolTip(tr("Give every event a run-specific eventId so the server does not "
                              "deduplicate a re-run."));
    m_dryRun = named(new QCheckBox(tr("Dry run")), "dryRunCheck");
    m_dryRun->setToolTip(tr("Validate and plan only; send nothing."));
    m_sendInvalid = named(new QCheckBox(tr("Send events with errors")), "sendInvalidCheck");
    m_sendInvalid->setToolTip(tr("Events with error findings are skipped unless this is on."));
    layoutControls();
    connect(m_stopRule, &QComboBox::currentIndexChanged, this, &ReplayOptionsForm::updateEnabled);
}

// Numbers on the first row, switches on the second: the form stays two lines high.
void ReplayOptionsForm::layoutControls()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QWidget *>> fields = {{tr("Concurrency"), m_concurrency},
        {tr("Rate limit"), m_rate}, {tr("Retries"), m_retries}, {tr("Stop rule"), m_stopRule}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields.at(i).first);
        label->setBuddy(fields.at(i).second);
        grid->addWidget(label, 0, 2 * i);
        grid->addWidget(fields.at(i).second, 0, 2 * i + 1);
    }
    grid->addWidget(m_maxFailures, 0, 8);
    const QList<QCheckBox *> checks = {m_rebase, m_freshIds, m_dryRun, m_sendInvalid};
    for (int i = 0; i < checks.size(); ++i)
        grid->addWidget(checks.at(i), 1, 2 * i, 1, 2);
    grid->setColumnStretch(9, 1);
}

void ReplayOptionsForm::updateEnabled()
{
    m_maxFailures->setEnabled(
        m_stopRule->currentData().toInt() == int(ReplayOptions::StopRule::AfterFailures));
}

ReplayOptions ReplayOptionsForm::options() const
{
    ReplayOptions o;
    o.concurrency = m_concurrency->value();
    o.ratePerSecond = m_rate->value();
    o.rateBurst = qMax(1, int(o.ratePerSecond / 10)); // as the CLI does
    o.retry.maxAttempts = m_retries->value() + 1;
    o.retrySeed = quint64(QDateTime::currentMSecsSinceEpoch());
    o.stopRule = ReplayOptions::StopRule(m_stopRule->currentData().toInt());
    o.maxFailures = m_maxFailures->value();
    o.timestamps = m_rebase->isChecked() ? ReplayOptions::TimestampPolicy::Rebase
                                         : ReplayOptions::TimestampPolicy::Keep;
    o.eventIds = m_freshIds->isChecked() ? ReplayOptions::EventIdPolicy::Fresh
                                         : ReplayOptions::EventIdPolicy::Keep;
    o.invalid = m_sendInvalid->isChecked() ? ReplayOptions::InvalidPolicy::Send
                                           : ReplayOptions::InvalidPolicy::Skip;
    o.dryRun = m_dryRun->isChecked();
    return o;
}

void ReplayOptionsForm::setOptions(const ReplayOptions &o)
{
    m_concurrency->setValue(o.concurrency);
    m_rate->setValue(o.ratePerSecond);
    m_retries->setValue(qMax(0, o.retry.maxAttempts - 1));
    m_stopRule->setCurrentIndex(m_stopRule->findData(int(o.stopRule)));
    m_maxFailures->setValue(o.maxFailures);
    m_rebase->setChecked(o.timestamps == ReplayOptions::TimestampPolicy::Rebase);
    m_freshIds->setChecked(o.eventIds == ReplayOptions::EventIdPolicy::Fresh);
    m_dryRun->setChecked(o.dryRun);
    m_sendInvalid->setChecked(o.invalid == ReplayOptions::InvalidPolicy::Send);
    updateEnabled();
}
