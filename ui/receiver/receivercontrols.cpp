#include "ui/receiver/receivercontrols.h"

#include "ui/widgets/bannerlabel.h"
#include "ui/widgets/themecolors.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ReceiverControls::ReceiverControls(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("receiverControls"));
    m_startStop = new QPushButton;
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("receiverStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_startStop, &QPushButton::clicked, this, &ReceiverControls::startStopClicked);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_startStop);
    layout->addWidget(buildServerBox());
    layout->addWidget(buildFaultBox());
    layout->addStretch(1);
    setListening(false, 0);
}

QWidget *ReceiverControls::buildServerBox()
{
    auto *box = new QGroupBox(tr("Server"));
    m_port = spin(QStringLiteral("portSpin"), 65535, QString());
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("Port on 127.0.0.1; a new port takes effect at the next start."));
    m_portNote = new QLabel;
    m_portNote->setObjectName(QStringLiteral("portNote"));
    m_portNote->setWordWrap(true);
    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_apiKey->setPlaceholderText(tr("none: no key required"));
    m_apiKey->setClearButtonEnabled(true);
    connect(m_apiKey, &QLineEdit::editingFinished, this, &ReceiverControls::edited);
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Lenient: accept, report findings"), int(ReceiverMode::Lenient));
    m_mode->addItem(tr("Strict: 400 when a payload has errors"), int(ReceiverMode::Strict));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ReceiverControls::edited);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(m_portNote);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("&Mode:"), m_mode);
    return box;
}

QWidget *ReceiverControls::buildFaultBox()
{
    auto *box = new QGroupBox(tr("Fault injection"));
    m_latencyMin = spin(QStringLiteral("latencyMinSpin"), 60000, tr(" ms"));
    m_latencyMax = spin(QStringLiteral("latencyMaxSpin"), 60000, tr(" ms"));
    m_dropRate = percentSpin(QStringLiteral("dropRateSpin"));
    m_serverErrorRate = percentSpin(QStringLiteral("serverErrorRateSpin"));
    m_rateLimitRate = percentSpin(QStringLiteral("rateLimitRateSpin"));
    m_retryAfter = spin(QStringLiteral("retryAfterSpin"), 3600, tr(" s"));
    m_latencyMessage = new BannerLabel(ThemeColors::Tone::Error);
    m_latencyMessage->setObjectName(QStringLiteral("latencyRangeMessage"));
    m_latencyMessage->hide();
    auto *latency = new QHBoxLayout;
    latency->addWidget(m_latencyMin);
    latency->addWidget(new QLabel(tr("to")));
    latency->addWidget(m_latencyMax);
    auto *form = new QFormLayout(box);
    auto *latencyLabel = new QLabel(tr("&Latency:"));
    latencyLabel->setBuddy(m_latencyMin);
    form->addRow(latencyLabel, latency);
    form->addRow(m_latencyMessage);
    form->addRow(tr("&Drop connection:"), m_dropRate);
    form->addRow(tr("Answer &500:"), m_serverErrorRate);
    form->addRow(tr("Answer &429:"), m_rateLimitRate);
    form->addRow(tr("&Retry-After:"), m_retryAfter);
    return box;
}

QSpinBox *ReceiverControls::spin(const QString &name, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    // A number applies once typed in full: "400" must not pass through 4 and 40 on the way.
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &ReceiverControls::edited);
    return box;
}

QSpinBox *ReceiverControls::percentSpin(const QString &name)
{
    QSpinBox *box = spin(name, 100, tr(" %"));
    box->setToolTip(tr("Share of requests; drop, 500 and 429 together are capped at 100 %."));
    return box;
}

void ReceiverControls::edited()
{
    if (m_loading)
        return;
    if (!showLatencyRange())
        return; // the receiver keeps its settings until the range is whole again
    setListening(m_listeningPort != 0, m_listeningPort);
    emit settingsEdited();
}

void ReceiverControls::setSettings(const ReceiverSettings &s)
{
    m_loading = true;
    m_port->setValue(s.port);
    m_apiKey->setText(s.apiKey);
    m_mode->setCurrentIndex(m_mode->findData(int(s.mode)));
    m_latencyMin->setValue(s.faults.latencyMinMs);
    m_latencyMax->setValue(s.faults.latencyMaxMs);
    m_dropRate->setValue(qRound(s.faults.dropRate * 100));
    m_serverErrorRate->setValue(qRound(s.faults.serverErrorRate * 100));
    m_rateLimitRate->setValue(qRound(s.faults.rateLimitRate * 100));
    m_retryAfter->setValue(s.faults.retryAfterSeconds);
    m_loading = false;
    showLatencyRange();
}

bool ReceiverControls::latencyRangeValid() const
{
    return m_latencyMax->value() >= m_latencyMin->value();
}

// The range is checked as a whole and said so next to it; neither end is changed behind the
// user's back.
bool ReceiverControls::showLatencyRange()
{
    const bool valid = latencyRangeValid();
    m_latencyMessage->setText(valid
            ? QString()
            : tr("The range ends before it starts: “to” must be at least %1 ms.")
                  .arg(m_latencyMin->value()));
    m_latencyMessage->setVisible(!valid);
    return valid;
}

ReceiverSettings ReceiverControls::settings(const ReceiverSettings &base) const
{
    ReceiverSettings s = base;
    s.port = quint16(m_port->value());
    s.apiKey = m_apiKey->text().trimmed();
    s.mode = ReceiverMode(m_mode->currentData().toInt());
    if (latencyRangeValid()) {
        s.faults.latencyMinMs = m_latencyMin->value();
        s.faults.latencyMaxMs = m_latencyMax->value();
    }
    s.faults.dropRate = m_dropRate->value() / 100.0;
    s.faults.serverErrorRate = m_serverErrorRate->value() / 100.0;
    s.faults.rateLimitRate = m_rateLimitRate->value() / 100.0;
    s.faults.retryAfterSeconds = m_retryAfter->value();
    return s;
}

void ReceiverControls::setListening(bool listening, quint16 port)
{
    m_listeningPort = listening ? port : 0;
    const auto tone = listening ? ThemeColors::Tone::Success : ThemeColors::Tone::Warning;
    const QString sheet = QStringLiteral("padding: 4px; border-radius: 3px; ")
        + ThemeColors::bannerStyle(tone, palette());
    if (sheet != m_state->styleSheet()) // a new sheet changes the palette: set it only when new
        m_state->setStyleSheet(sheet);
    m_state->setText(listening ? tr("Listening on 127.0.0.1:%1").arg(port) : tr("Stopped"));
    m_startStop->setText(listening ? tr("Stop receiver") : tr("Start receiver"));
    const bool restart = listening && m_port->value() != 0 && m_port->value() != port;
    m_portNote->setText(
        restart ? tr("Stop and start to move to port %1.").arg(m_port->value()) : QString());
    m_portNote->setVisible(restart);
}
