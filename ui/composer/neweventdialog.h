#pragma once

#include <QDialog>

class QComboBox;
class SchemaSet;

// New event (Ctrl+N): asks the family and the sub-type; the composer starts the new tab from
// the schema's example for them.
class NewEventDialog final : public QDialog
{
    Q_OBJECT

public:
    NewEventDialog(const SchemaSet &schemas, QWidget *parent = nullptr);

    QString family() const;
    int subTypeIndex() const;

signals:
    void chosen(const QString &family, int subTypeIndex);

private:
    void fillSubTypes();

    const SchemaSet &m_schemas;
    QComboBox *m_family = nullptr;
    QComboBox *m_subType = nullptr;
};
