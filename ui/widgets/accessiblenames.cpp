#include "ui/widgets/accessiblenames.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QWidget>

namespace AccessibleNames {

void nameControls(QWidget *root, const QString &prefix)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->accessibleName().isEmpty())
            continue;
        QString shown;
        if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            shown = edit->placeholderText();
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            shown = button->text().isEmpty() ? button->toolTip() : QString();
        if (qobject_cast<QAbstractButton *>(widget) && shown.isEmpty())
            continue; // a button with text names itself
        widget->setAccessibleName(shown.isEmpty() ? prefix : prefix + QStringLiteral(", ") + shown);
    }
}

} // namespace AccessibleNames
