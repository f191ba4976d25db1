#include "ui/composer/fields/fieldeditor.h"

void FieldEditor::focusInput()
{
    // The first widget in tab order that takes focus inside this editor.
    for (QWidget *child : findChildren<QWidget *>()) {
        if (child->focusPolicy() != Qt::NoFocus && child->isVisibleTo(this) && child->isEnabled()) {
            child->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    setFocus(Qt::OtherFocusReason);
}
