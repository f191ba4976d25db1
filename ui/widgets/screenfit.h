#pragma once

#include <QSize>

class QWidget;

// First sizes that never exceed the screen: a window or dialog asks for the size it would like,
// and gets at most the screen's available area (less its title bar), so on a 1024×640 screen
// every button stays reachable.
namespace ScreenFit {
void resize(QWidget *window, const QSize &wanted);
} // namespace ScreenFit
