#include "ui/composer/fields/recipientlisteditor.h"

#include "ui/widgets/rowtable.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableWidget>

namespace {

constexpr int OriginalRole = Qt::UserRole; // the item as loaded: keeps unknown keys
constexpr int PlainStringRole = Qt::UserRole + 1; // a participant given as a string

bool isAddress(const QJsonValue &item)
{
    if (!item.isObject())
        return false;
    const QJsonObject object = item.toObject();
    for (const char *key : {"email", "name"})
        if (object.contains(QLatin1String(key)) && !object.value(QLatin1String(key)).isString())
            return false;
    return true;
}

} // namespace

RecipientListEditor::RecipientListEditor(bool participants, QWidget *parent)
    : FieldEditor(parent)
    , m_participants(participants)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new RowTable({participants ? tr("Email or name") : tr("Email"), tr("Name")},
        participants ? tr("Add participant") : tr("Add recipient"));
    m_rows->table()->setColumnWidth(0, 220);
    layout->addWidget(m_rows);
    connect(m_rows, &RowTable::rowsEdited, this, &FieldEditor::edited);
}

bool RecipientListEditor::setValue(const QJsonValue &value)
{
    if (!value.isArray() && !value.isUndefined())
        return false;
    const QJsonArray items = value.toArray();
    QVector<QStringList> rows;
    for (const QJsonValue &item : items) {
        if (item.isString() && m_participants)
            rows.append({item.toString(), QString()});
        else if (isAddress(item))
            rows.append(
                {item[QLatin1String("email")].toString(), item[QLatin1String("name")].toString()});
        else
            return false;
    }
    if (value == this->value() && !value.isUndefined())
        return true;
    m_rows->setRows(rows);
    const QSignalBlocker blocker(m_rows->table());
    for (int r = 0; r < items.size(); ++r)
        markRow(r, items.at(r));
    return true;
}

void RecipientListEditor::markRow(int row, const QJsonValue &original)
{
    QTableWidgetItem *first = m_rows->table()->item(row, 0);
    first->setData(OriginalRole, original.toObject());
    if (!original.isString())
        return;
    first->setData(PlainStringRole, true);
    QTableWidgetItem *name = m_rows->table()->item(row, 1);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    name->setText(tr("(plain string)"));
    name->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
}

QJsonValue RecipientListEditor::rowValue(int row) const
{
    const QTableWidgetItem *first = m_rows->table()->item(row, 0);
    if (first && first->data(PlainStringRole).toBool())
        return first->text();
    QJsonObject object = first ? first->data(OriginalRole).toJsonObject() : QJsonObject();
    const QString email = m_rows->text(row, 0).trimmed();
    const QString name = m_rows->text(row, 1);
    // A new row always has an email, so an empty one is reported rather than dropped.
    if (!email.isEmpty() || object.contains(QLatin1String("email")) || object.isEmpty())
        object.insert(QStringLiteral("email"), email);
    if (!name.isEmpty() || object.contains(QLatin1String("name")))
        object.insert(QStringLiteral("name"), name);
    else
        object.remove(QStringLiteral("name"));
    return object;
}

QJsonValue RecipientListEditor::value() const
{
    QJsonArray array;
    for (int r = 0; r < m_rows->table()->rowCount(); ++r)
        array.append(rowValue(r));
    return array;
}
