#pragma once

#include "ui/composer/fieldinfo.h"

#include <QJsonValue>
#include <QWidget>

class FieldEditor;
class QLabel;

// One row of the generated form: the label (required marked), the editor, and a notice
// when the JSON holds a value the editor cannot show; that value is then kept as it is.
class FormField final : public QWidget
{
    Q_OBJECT

public:
    FormField(const FieldInfo &info, FieldEditor *editor, QWidget *parent = nullptr);

    const FieldInfo &info() const { return m_info; }
    FieldEditor *editor() const { return m_editor; }
    void setValue(const QJsonValue &value);
    // Undefined when the field should be absent (an empty optional field).
    QJsonValue value() const;
    bool isRaw() const { return !m_raw.isUndefined(); }
    void focusInput();

signals:
    void edited(const QString &name);

private:
    void editorEdited();
    void clearRaw();
    void showRaw(bool raw);

    FieldInfo m_info;
    FieldEditor *m_editor = nullptr;
    QWidget *m_rawBox = nullptr;
    QLabel *m_rawNotice = nullptr;
    QJsonValue m_raw = QJsonValue(QJsonValue::Undefined);
    bool m_updating = false;
};
