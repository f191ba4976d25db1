#include "ui/library/setlistmodel.h"

#include "ui/library/eventlistmodel.h"

#include "core/storage/eventstore.h"

#include <QIcon>
#include <QMimeData>

SetListModel::SetListModel(EventStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void SetListModel::refresh()
{
    beginResetModel();
    m_loaded = true;
    m_sets.clear();
    if (m_store.isOpen()) {
        if (auto sets = m_store.sets().list())
            m_sets = sets.takeValue();
        const auto total = m_store.count(); // kept by triggers: no scan
        m_total = total ? total.value() : -1;
    }
    endResetModel();
}

int SetListModel::rowOf(qint64 setId) const
{
    if (setId == 0)
        return 0;
    for (int i = 0; i < m_sets.size(); ++i)
        if (m_sets.at(i).id == setId)
            return i + 1;
    return -1;
}

qint64 SetListModel::setIdAt(int row) const
{
    return row >= 1 && row <= m_sets.size() ? m_sets.at(row - 1).id : 0;
}

QString SetListModel::nameAt(int row) const
{
    return row >= 1 && row <= m_sets.size() ? m_sets.at(row - 1).name : QString();
}

int SetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size()) + 1;
}

QVariant SetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 count = row == 0 ? m_total : m_sets.at(row - 1).memberCount;
    switch (role) {
    case Qt::DisplayRole:
        if (row == 0)
            return count >= 0 ? tr("All events (%L1)").arg(count) : tr("All events");
        return tr("%1 (%L2)").arg(m_sets.at(row - 1).name).arg(count);
    case Qt::EditRole:
        return nameAt(row);
    case Qt::ToolTipRole:
        return row == 0 ? tr("Every saved event") : m_sets.at(row - 1).description;
    case Qt::DecorationRole:
        return QIcon(row == 0 ? QStringLiteral(":/icons/library.svg")
                              : QStringLiteral(":/icons/replay.svg"));
    case SetIdRole:
        return setIdAt(row);
    case CountRole:
        return count;
    }
    return {};
}

bool SetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() == 0)
        return false;
    const QString name = value.toString().trimmed();
    const QString old = nameAt(index.row());
    if (name.isEmpty() || name == old)
        return false;
    emit renameRequested(setIdAt(index.row()), old, name);
    return true;
}

Qt::ItemFlags SetListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() > 0)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions SetListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QStringList SetListModel::mimeTypes() const
{
    return {QString::fromLatin1(EventListModel::MimeType)};
}

bool SetListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
    int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(column)
    const int target = parent.isValid() ? parent.row() : row;
    return target > 0 && target <= m_sets.size() && data
        && data->hasFormat(QString::fromLatin1(EventListModel::MimeType));
}

// Dropped events are added to the set under the cursor; the page makes it undoable. The drop
// is reported as handled but nothing is removed from where the events came from.
bool SetListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = EventListModel::decodeIds(data);
    if (ids.isEmpty())
        return false;
    emit addRequested(setIdAt(parent.isValid() ? parent.row() : row), ids);
    return true;
}
