#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

// WCAG 2 relative luminance and contrast ratio, for tests that check colours stay readable in
// light and dark palettes (4.5:1 for normal text, 7:1 for the enhanced level).
namespace Wcag {

inline double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// From 1 (the same luminance) to 21 (black on white).
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Wcag
