#include "ui/composer/fields/keyvaluefieldeditor.h"

#include "ui/widgets/rowtable.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>

KeyValueFieldEditor::KeyValueFieldEditor(QWidget *parent)
    : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new RowTable({tr("Key"), tr("Value (JSON)")}, tr("Add key"));
    m_rows->table()->setColumnWidth(0, 180);
    layout->addWidget(m_rows);
    connect(m_rows, &RowTable::rowsEdited, this, &FieldEditor::edited);
}

QString KeyValueFieldEditor::cellText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue KeyValueFieldEditor::cellValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

bool KeyValueFieldEditor::setValue(const QJsonValue &value)
{
    if (!value.isObject() && !value.isUndefined())
        return false;
    if (value == this->value() && !value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    QVector<QStringList> rows;
    for (auto it = object.begin(); it != object.end(); ++it)
        rows.append({it.key(), cellText(it.value())});
    m_rows->setRows(rows);
    return true;
}

QJsonValue KeyValueFieldEditor::value() const
{
    QJsonObject object;
    for (int r = 0; r < m_rows->table()->rowCount(); ++r) {
        const QString key = m_rows->text(r, 0);
        if (!key.isEmpty() || !m_rows->text(r, 1).isEmpty())
            object.insert(key, cellValue(m_rows->text(r, 1)));
    }
    return object;
}
