#pragma once

#include <QJsonValue>
#include <QWidget>

// The editing part of one generated form field. Editors show a JSON value and give it back;
// a value an editor cannot show (a bare string where an object belongs) is refused so the
// form can keep it untouched.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows `value` (Undefined clears the editor); false when the editor cannot show it.
    virtual bool setValue(const QJsonValue &value) = 0;
    // The value as edited; Undefined when the editor holds nothing.
    virtual QJsonValue value() const = 0;
    // Puts the keyboard focus where a person would start typing.
    virtual void focusInput();

signals:
    void edited();
};
