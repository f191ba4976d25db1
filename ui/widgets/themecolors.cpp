#include "ui/widgets/themecolors.h"

#include <QString>

namespace ThemeColors {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Index by Tone: Info, Warning, Error, Success. Dark backgrounds are deep and muted so the
// light text on them keeps a contrast above 7:1, as the light ones do with dark text.
const Pair backgrounds[]
    = {{0xe3f0fb, 0x16324d}, {0xfff4d6, 0x4a3a08}, {0xfbe3e3, 0x5a1a1a}, {0xe2f5e4, 0x163d1e}};
const Pair foregrounds[]
    = {{0x0b3c66, 0xcfe6fb}, {0x5a4500, 0xffe7a3}, {0x6b1010, 0xffd2d2}, {0x125a1f, 0xc9f2cf}};

QColor pick(const Pair *pairs, Tone tone, const QPalette &palette)
{
    const Pair &pair = pairs[int(tone)];
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor background(Tone tone, const QPalette &palette)
{
    return pick(backgrounds, tone, palette);
}

QColor foreground(Tone tone, const QPalette &palette)
{
    return pick(foregrounds, tone, palette);
}

QString bannerStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("background: %1; color: %2;")
        .arg(background(tone, palette).name(), foreground(tone, palette).name());
}

} // namespace ThemeColors
