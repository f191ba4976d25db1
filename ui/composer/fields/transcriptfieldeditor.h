#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QComboBox;
class QPlainTextEdit;
class QStackedWidget;
class RowTable;

// A call transcript: either a flat text (the server diarizes it) or a table of speaker turns
// (speaker, text, start, end). Switching converts "Speaker: text" lines and turns both ways.
class TranscriptFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit TranscriptFieldEditor(QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

    static QString turnsToText(const QJsonArray &turns);
    static QJsonArray textToTurns(const QString &text);

private:
    enum Mode { Turns = 0, Flat = 1 };
    void setMode(Mode mode);
    void switchMode(int index);
    void showTurns(const QJsonArray &turns);
    QJsonArray turns() const;

    QComboBox *m_mode = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_flat = nullptr;
    RowTable *m_turns = nullptr;
};
