#include "ui/widgets/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QWheelEvent>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

WheelGuard *WheelGuard::install(QApplication *app)
{
    if (auto *existing = app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *guard = new WheelGuard(app);
    app->installEventFilter(guard);
    // Widgets polished before the guard came would otherwise keep the old rules.
    for (QWidget *widget : QApplication::allWidgets())
        adapt(widget);
    return guard;
}

bool WheelGuard::isInScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<const QScrollArea *>(parent))
            return true;
    return false;
}

bool WheelGuard::isGuarded(const QWidget *widget)
{
    // Scroll bars are sliders too, but they are what the wheel should reach.
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    // A tab bar in a form (the body's Text | HTML) would switch tabs as the form scrolls by;
    // the window's own tab bars keep their wheel.
    if (qobject_cast<const QTabBar *>(widget))
        return isInScrollArea(widget);
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

void WheelGuard::adapt(QWidget *widget)
{
    if (!isGuarded(widget))
        return;
    // Wheel focus would let a passing wheel take the focus and then the value.
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->setKeyboardTracking(false);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType()) {
        adapt(static_cast<QWidget *>(watched));
    } else if (event->type() == QEvent::Wheel && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (isGuarded(widget) && !widget->hasFocus()) {
            // Ignored and handled: QApplication offers the wheel to the parents, so the
            // scroll area around the control scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
