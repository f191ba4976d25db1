#pragma once

#include "ui/widgets/themecolors.h"

#include <QLabel>

// A word-wrapped banner in one of the theme's tones that recolours itself when the system
// switches between light and dark, so no page hard-codes banner colours for one palette.
class BannerLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit BannerLabel(ThemeColors::Tone tone, QWidget *parent = nullptr);

    ThemeColors::Tone tone() const { return m_tone; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColours();

    ThemeColors::Tone m_tone;
};
