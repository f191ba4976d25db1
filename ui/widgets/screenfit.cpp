#include "ui/widgets/screenfit.h"

#include <QScreen>
#include <QWidget>

namespace ScreenFit {

void resize(QWidget *window, const QSize &wanted)
{
    constexpr int titleBar = 40; // the window manager's frame is outside the widget's size
    QSize size = wanted;
    if (const QScreen *screen = window->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, titleBar));
    window->resize(size);
}

} // namespace ScreenFit
