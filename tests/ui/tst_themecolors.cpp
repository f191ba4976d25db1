#include "ui/widgets/themecolors.h"

#include "tests/support/wcag.h"

#include <QtTest>

// Banner and status colours must stay readable in the light and the dark palette.
class TestThemeColors : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsReadable_data();
    void contrastIsReadable();
    void followsThePalette();
};

namespace {

using Wcag::contrast;
using Wcag::luminance;

QPalette paletteWithBase(const QColor &base)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    return palette;
}

} // namespace

void TestThemeColors::contrastIsReadable_data()
{
    QTest::addColumn<int>("tone");
    QTest::addColumn<QColor>("base");
    const char *names[] = {"info", "warning", "error", "success"};
    for (int tone = 0; tone < 4; ++tone) {
        QTest::addRow("%s light", names[tone]) << tone << QColor(Qt::white);
        QTest::addRow("%s dark", names[tone]) << tone << QColor(0x20, 0x20, 0x20);
    }
}

void TestThemeColors::contrastIsReadable()
{
    QFETCH(int, tone);
    QFETCH(QColor, base);
    const QPalette palette = paletteWithBase(base);
    const auto t = ThemeColors::Tone(tone);
    QVERIFY2(
        contrast(ThemeColors::background(t, palette), ThemeColors::foreground(t, palette)) >= 7.0,
        "banner text must keep a 7:1 contrast");
}

void TestThemeColors::followsThePalette()
{
    const QPalette light = paletteWithBase(Qt::white);
    const QPalette dark = paletteWithBase(QColor(0x20, 0x20, 0x20));
    QVERIFY(!ThemeColors::isDark(light));
    QVERIFY(ThemeColors::isDark(dark));
    const auto error = ThemeColors::Tone::Error;
    QVERIFY(luminance(ThemeColors::background(error, light)) > 0.5);
    QVERIFY(luminance(ThemeColors::background(error, dark)) < 0.1);
    QVERIFY(ThemeColors::bannerStyle(error, dark)
                .contains(ThemeColors::foreground(error, dark).name()));
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
