#include "ui/widgets/bannerlabel.h"

#include <QApplication>
#include <QEvent>

BannerLabel::BannerLabel(ThemeColors::Tone tone, QWidget *parent)
    : QLabel(parent)
    , m_tone(tone)
{
    setWordWrap(true);
    applyColours();
    // A label with a style sheet hears of no palette change itself: the application does.
    qApp->installEventFilter(this);
}

void BannerLabel::applyColours()
{
    // The application's palette, not the label's own: that one carries the style sheet's colours.
    const QString sheet = ThemeColors::bannerStyle(m_tone, QApplication::palette())
        + QStringLiteral(" padding: 4px; border-radius: 3px;");
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

bool BannerLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    return QLabel::eventFilter(watched, event);
}
