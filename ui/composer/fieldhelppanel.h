#pragma once

#include <QTextBrowser>

struct FieldInfo;

// Help for the focused form field: its description and any assumption the schema records.
// Hidden while there is nothing to show, so the form has the room.
class FieldHelpPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FieldHelpPanel(QWidget *parent = nullptr);

    void showField(const FieldInfo &info);
    void showNothing();
};
