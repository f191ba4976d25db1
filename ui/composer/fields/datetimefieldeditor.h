#pragma once

#include "ui/composer/fields/fieldeditor.h"

class QDateTimeEdit;
class QLabel;

// An ISO 8601 date-time (or date) string, edited in the time zone it was written in, with
// the zone shown and a "now" button. The text as written stays the value until it is edited,
// so fractional seconds or offsets are never rewritten behind the user's back.
class DateTimeFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    explicit DateTimeFieldEditor(bool dateOnly, QWidget *parent = nullptr);

    bool setValue(const QJsonValue &value) override;
    QJsonValue value() const override;

    // "Z" for UTC, else "+01:00".
    static QString offsetText(int seconds);

private:
    void setNow();
    void userEdited();
    void showZone();
    void setWithTime(bool withTime);

    bool m_dateOnly = false;
    bool m_withTime = true;
    bool m_updating = false;
    int m_offset = 0; // seconds east of UTC of the value as written
    QString m_text;
    QDateTimeEdit *m_edit = nullptr;
    QLabel *m_zone = nullptr;
};
