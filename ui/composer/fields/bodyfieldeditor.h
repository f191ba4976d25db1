#pragma once

#include "ui/composer/fields/fieldeditor.h"

#include <QJsonObject>

class QPlainTextEdit;
class QTabWidget;

// A message body {text, html} with one tab per version; unknown keys are kept.
class BodyFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit BodyFieldEditor(QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

private:
    QJsonObject m_original;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_html = nullptr;
};
