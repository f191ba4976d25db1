#pragma once

#include "core/receiver/receiversettings.h"

#include <QWidget>

class BannerLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The receiver's panel: start/stop with its state, port and key, lenient/strict and the fault
// controls. It edits a ReceiverSettings and says so; the page applies it to the receiver.
class ReceiverControls final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverControls(QWidget *parent = nullptr);

    // Shows `settings` without emitting settingsEdited.
    void setSettings(const ReceiverSettings &settings);
    // `base` with what the panel edits put over it.
    ReceiverSettings settings(const ReceiverSettings &base) const;
    void setListening(bool listening, quint16 port);
    QPushButton *startStopButton() const { return m_startStop; }

signals:
    void settingsEdited();
    void startStopClicked();

private:
    QWidget *buildServerBox();
    QWidget *buildFaultBox();
    QSpinBox *percentSpin(const QString &name);
    QSpinBox *spin(const QString &name, int maximum, const QString &suffix);
    void edited();
    bool latencyRangeValid() const;
    bool showLatencyRange();

    QPushButton *m_startStop = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_portNote = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_latencyMin = nullptr;
    QSpinBox *m_latencyMax = nullptr;
    BannerLabel *m_latencyMessage = nullptr;
    QSpinBox *m_dropRate = nullptr;
    QSpinBox *m_serverErrorRate = nullptr;
    QSpinBox *m_rateLimitRate = nullptr;
    QSpinBox *m_retryAfter = nullptr;
    quint16 m_listeningPort = 0;
    bool m_loading = false;
};
