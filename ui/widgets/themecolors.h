#pragma once

#include <QColor>
#include <QPalette>

// Colours for banners and status text that stay readable in light and dark palettes: the UI
// follows the system palette, so no colour is hard-coded for one of them.
namespace ThemeColors {
enum class Tone { Info, Warning, Error, Success };

bool isDark(const QPalette &palette = QPalette());
QColor background(Tone tone, const QPalette &palette = QPalette());
QColor foreground(Tone tone, const QPalette &palette = QPalette());
// A style sheet fragment "background: …; color: …;" for a banner of `tone`.
QString bannerStyle(Tone tone, const QPalette &palette = QPalette());
} // namespace ThemeColors
