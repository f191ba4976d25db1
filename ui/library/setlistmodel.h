#pragma once

#include "core/storage/eventset.h"

#include <QAbstractListModel>

class EventStore;

// The left column of the library: "All events" first, then every set with its size. Sets are few,
// so they are read in one query, but only when refresh() is first called (not at start-up).
// Events dropped on a set are added to it.
class SetListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SetIdRole = Qt::UserRole + 1, CountRole };

    explicit SetListModel(EventStore &store, QObject *parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }
    // Row of a set (0 for "All events"), -1 when unknown.
    int rowOf(qint64 setId) const;
    qint64 setIdAt(int row) const;
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

signals:
    void addRequested(qint64 setId, const QList<qint64> &eventIds);
    void renameRequested(qint64 setId, const QString &oldName, const QString &newName);

private:
    EventStore &m_store;
    QList<EventSet> m_sets;
    qint64 m_total = -1;
    bool m_loaded = false;
};
