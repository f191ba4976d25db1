#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QPlainTextEdit;

// A string of several lines.
class MultilineFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit MultilineFieldEditor(QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QPlainTextEdit *m_edit = nullptr;
};
