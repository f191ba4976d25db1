#pragma once

#include "core/common/result.h"
#include "core/quickfix/quickfix.h"
#include "core/validation/payloadcheck.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStackedWidget;
class SchemaForm;
class SchemaSet;

// The form column: one SchemaForm per family (made when first needed), following the document's
// text and writing back one field at a time; a banner says when the text does not parse and
// the form keeps showing the last payload that did.
class FormColumn final : public QWidget
{
    Q_OBJECT

public:
    explicit FormColumn(const SchemaSet &schemas, QWidget *parent = nullptr);

    SchemaForm *currentForm() const;
    // Shows `text` in the form of `family` (empty: the form shown so far); `check` is the
    // checker's view of the same text, so the banner and the findings agree on positions.
    void follow(const QString &text, const QString &family, const PayloadCheck &check);
    // The text parsed as an object the last time: the form shows it and quick fixes apply.
    bool showsText() const;
    // The text with `fix` applied to the last parsed payload, written as the form writes.
    Result<QString> applyQuickFix(const QuickFix &fix) const;
    // Another document comes to the front: what the form last parsed was not its text.
    void forget()
    {
        m_lastValid = QJsonObject();
        m_hasValid = false;
    }
    // Moves the keyboard to the field of `name` (a top-level member).
    bool focusField(const QString &name);

signals:
    // The user edited field `name`: `text` is the new payload with only that field changed.
    void fieldWritten(const QString &text, const QString &title, const QString &name);
    void fixesChanged(const QuickFixes &fixes);

private:
    SchemaForm *formFor(const QString &family);
    void fieldEdited(const QString &name);
    void showParseProblem(bool notAnObject, const PayloadCheck &check);

    const SchemaSet &m_schemas;
    QJsonObject m_lastValid; // the last text that parsed, as the form shows it
    bool m_hasValid = false; // m_lastValid came from the document in front
    QLabel *m_banner = nullptr;
    QStackedWidget *m_forms = nullptr;
};
