#pragma once

#include "core/common/result.h"
#include "core/storage/eventfilter.h"
#include "core/storage/storedevent.h"

#include <QAbstractTableModel>
#include <QList>

class EventStore;
class QMimeData;

// The saved events of the library as a lazy table: all events (keyset paging over the store,
// filters in SQL, search through FTS) or one set's members in position order. Nothing is read
// until a view asks (canFetchMore/fetchMore), one page at a time.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FamilyColumn,
        SubTypeColumn,
        ValidityColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static inline const char *const MimeType = "application/x-eventsmith-event-ids";

    explicit EventListModel(EventStore &store, QObject *parent = nullptr);

    // 0: every saved event; otherwise the members of that set.
    void setSetId(qint64 setId);
    qint64 setId() const { return m_setId; }
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Forgets the loaded rows; the view fetches again on demand.
    void reload();
    // Rereads one event's rows after it changed in place (rename).
    void refreshEvent(qint64 id);
    // Moves a set member (positions as in the set); only in set mode with nothing narrowing it.
    bool applyMove(int from, int to);
    bool canReorder() const;

    qint64 eventId(int row) const;
    const StoredEvent &eventAt(int row) const { return m_rows.at(row); }

    static QList<qint64> decodeIds(const QMimeData *data, QList<int> *rows = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

signals:
    // The name cell was edited; the page turns it into an undoable rename.
    void renameRequested(qint64 eventId, const QString &oldName, const QString &newName);
    // A row was dragged to another place in the set; the page turns it into an undoable move.
    // The rows dragged within a set, to go before `target` (positions before the move).
    void blockMoveRequested(qint64 setId, const QList<int> &rows, int target);
    // The store could not give the next page; the view shows the rows read so far.
    void readFailed(const Error &error);

private:
    QList<StoredEvent> nextPage();
    QList<StoredEvent> nextSetPage();
    bool matches(const StoredEvent &event) const;
    static QString validityText(EventValidity validity);

    EventStore &m_store;
    qint64 m_setId = 0;
    EventFilter m_filter;
    QString m_search;
    QList<StoredEvent> m_rows;
    qint64 m_lastId = 0; // keyset cursor for all events
    int m_nextPosition = 0; // cursor for set members
    bool m_atEnd = false;
};
