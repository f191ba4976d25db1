#pragma once

#include <QObject>

class QApplication;
class QWidget;

// App-wide rules for the controls that hold a value (combo boxes, spin and date-time boxes,
// sliders, and tab bars inside a form), as KDE and Qt Creator have them: the wheel over such a
// control scrolls the form around it unless the control has keyboard focus, and the wheel does not
// give it focus. Number boxes commit when editing finishes, not at every keystroke, so a half-typed
// number is never applied or clamped.
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    // Installs one guard on `app` (a second call does nothing) and adapts the controls that
    // already exist.
    static WheelGuard *install(QApplication *app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static bool isInScrollArea(const QWidget *widget);
    static bool isGuarded(const QWidget *widget);
    static void adapt(QWidget *widget);
};
