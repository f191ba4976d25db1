#include "ui/library/eventlistmodel.h"

#include "core/storage/eventstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace {
// A filter that matches few rows must not make one fetch read the whole store.
constexpr int maxPagesPerFetch = 8;
} // namespace

EventListModel::EventListModel(EventStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void EventListModel::setSetId(qint64 setId)
{
    m_setId = setId;
    reload();
}

void EventListModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

void EventListModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    m_nextPosition = 0;
    m_atEnd = !m_store.isOpen();
    endResetModel();
}

void EventListModel::refreshEvent(qint64 id)
{
    const auto fresh = m_store.event(id);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != id)
            continue;
        if (fresh)
            m_rows[row] = fresh.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool EventListModel::canReorder() const
{
    return m_setId != 0 && m_search.isEmpty() && m_filter.isEmpty();
}

bool EventListModel::applyMove(int from, int to)
{
    if (!canReorder() || from == to || from < 0 || to < 0)
        return false;
    // On failure the caller moves through the store itself and reports that error.
    if (!m_store.sets().moveMember(m_setId, from, to))
        return false;
    const int loaded = int(m_rows.size());
    if (from < loaded && to < loaded) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    } else {
        reload(); // a row beyond the loaded pages took part
    }
    return true;
}

qint64 EventListModel::eventId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventListModel::validityText(EventValidity validity)
{
    switch (validity) {
    case EventValidity::Valid:
        return tr("valid");
    case EventValidity::Invalid:
        return tr("invalid");
    case EventValidity::Unknown:
        break;
    }
    return tr("unchecked");
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredEvent &event = m_rows.at(index.row());
    if (role == IdRole)
        return event.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return event.dedupId.isEmpty() ? QVariant() : tr("Dedup ID: %1").arg(event.dedupId);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return event.name;
    case FamilyColumn:
        return event.family;
    case SubTypeColumn:
        return event.subType;
    case ValidityColumn:
        return validityText(event.validity);
    case UpdatedColumn:
        return QLocale().toString(event.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

bool EventListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const StoredEvent &event = m_rows.at(index.row());
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == event.name)
        return false;
    emit renameRequested(event.id, event.name, name);
    return true;
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FamilyColumn:
        return tr("Family");
    case SubTypeColumn:
        return tr("Sub-type");
    case ValidityColumn:
        return tr("Validity");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return canReorder() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    if (canReorder())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EventListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QList<StoredEvent> page;
    for (int i = 0; i < maxPagesPerFetch && page.isEmpty() && !m_atEnd; ++i)
        page = m_setId != 0 ? nextSetPage() : nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

// One page of all events after the cursor, narrowed by the filter (SQL) or the search (FTS).
QList<StoredEvent> EventListModel::nextPage()
{
    const auto read = m_search.isEmpty() ? m_store.pageAfter(m_lastId, PageSize, m_filter)
                                         : m_store.search(m_search, m_lastId, PageSize);
    if (!read) {
        emit readFailed(read.error());
        m_atEnd = true;
        return {};
    }
    const QList<StoredEvent> &events = read.value();
    m_atEnd = events.size() < PageSize;
    if (!events.isEmpty())
        m_lastId = events.constLast().id;
    if (m_search.isEmpty())
        return events;
    QList<StoredEvent> kept;
    for (const StoredEvent &event : events)
        if (matches(event))
            kept << event;
    return kept;
}

QList<StoredEvent> EventListModel::nextSetPage()
{
    const auto ids = m_store.sets().members(m_setId, m_nextPosition, PageSize);
    if (!ids) {
        emit readFailed(ids.error());
        m_atEnd = true;
        return {};
    }
    m_atEnd = ids.value().size() < PageSize;
    m_nextPosition += int(ids.value().size());
    QList<StoredEvent> kept;
    for (const qint64 id : ids.value()) {
        const auto event = m_store.event(id);
        if (event && matches(event.value()))
            kept << event.value();
    }
    return kept;
}

bool EventListModel::matches(const StoredEvent &event) const
{
    if (!m_filter.family.isEmpty() && event.family != m_filter.family)
        return false;
    if (!m_filter.subType.isEmpty() && event.subType != m_filter.subType)
        return false;
    if (m_filter.validity && event.validity != *m_filter.validity)
        return false;
    if (m_setId == 0 || m_search.isEmpty())
        return true; // all events are searched by FTS already
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        if (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        if (!event.name.contains(word, Qt::CaseInsensitive)
            && !event.payload.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

Qt::DropActions EventListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions EventListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList EventListModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *EventListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_setId << qint32(rows.size());
    for (const int row : std::as_const(rows))
        stream << m_rows.at(row).id << qint32(row);
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    return data;
}

QList<qint64> EventListModel::decodeIds(const QMimeData *data, QList<int> *rows)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return ids;
    QDataStream stream(data->data(QString::fromLatin1(MimeType)));
    qint64 setId = 0;
    qint32 count = 0;
    stream >> setId >> count;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        qint32 row = 0;
        stream >> id >> row;
        ids << id;
        if (rows)
            rows->append(row);
    }
    return ids;
}

bool EventListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
    int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return canReorder() && action == Qt::MoveAction && data
        && data->hasFormat(QString::fromLatin1(MimeType));
}

// A drop inside a set reorders it (the dragged rows go, in their order, where they were
// dropped); the page performs the move so that it can be undone. Returning false for removeRows
// keeps the view from deleting the dragged rows afterwards.
bool EventListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> rows;
    decodeIds(data, &rows);
    if (rows.isEmpty())
        return false;
    int target = parent.isValid() ? parent.row() : row;
    if (target < 0 || target > m_rows.size())
        target = int(m_rows.size());
    emit blockMoveRequested(m_setId, rows, target); // every dragged row, not only the first
    return true;
}
