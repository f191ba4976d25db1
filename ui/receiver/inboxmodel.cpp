#include "ui/receiver/inboxmodel.h"

#include "ui/widgets/themecolors.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace {

ThemeColors::Tone toneOf(const ReceivedRequest &request)
{
    if (request.status == 0 || request.status >= 500 || request.status == 429)
        return ThemeColors::Tone::Error;
    if (request.status >= 400)
        return ThemeColors::Tone::Warning;
    return request.duplicate ? ThemeColors::Tone::Info : ThemeColors::Tone::Success;
}

} // namespace

InboxModel::InboxModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &InboxModel::flush);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedRequest &request = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(request, index.column());
    case Qt::ToolTipRole:
        return toolTip(request, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Duplicate)
            return ThemeColors::foreground(toneOf(request), QPalette());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Latency ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DuplicateRole:
        return request.duplicate;
    case StatusRole:
        return request.status;
    default:
        return {};
    }
}

QVariant InboxModel::display(const ReceivedRequest &request, int column) const
{
    switch (column) {
    case Time:
        return request.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Family:
        return request.family.isEmpty() ? tr("(none)") : request.family;
    case SubType:
        return request.subType;
    case Status:
        if (request.status == 0)
            return tr("dropped");
        return request.fault == ReceiverFault::None ? QString::number(request.status)
                                                    : tr("%1 (injected)").arg(request.status);
    case Duplicate:
        return request.duplicate ? tr("duplicate") : QString();
    case Latency:
        return tr("%1 ms").arg(request.latencyMs);
    case Path:
        return QStringLiteral("%1 %2").arg(request.method, request.path);
    }
    return {};
}

QVariant InboxModel::toolTip(const ReceivedRequest &request, int column) const
{
    if (column == Time)
        return QLocale().toString(request.receivedAt.toLocalTime(), QLocale::LongFormat);
    if (column == Duplicate && request.duplicate)
        return tr("Already received with dedup ID %1").arg(request.dedupId);
    if (column == Status && !request.findings.isEmpty())
        return tr("%n finding(s)", nullptr, int(request.findings.size()));
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Family:
        return tr("Family");
    case SubType:
        return tr("Sub-type");
    case Status:
        return tr("Status");
    case Duplicate:
        return tr("Duplicate");
    case Latency:
        return tr("Latency");
    case Path:
        return tr("Request");
    }
    return {};
}

void InboxModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (int(m_pending.size()) > m_capacity)
        m_pending.pop_front();
    trimTo(m_capacity);
}

void InboxModel::reset(const QVector<ReceivedRequest> &answered)
{
    QVector<ReceivedRequest> oldestFirst = answered;
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(), arrivedBefore);
    beginResetModel();
    m_pending.clear();
    m_rows.clear();
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it) {
        if (int(m_rows.size()) == m_capacity)
            break;
        m_rows.push_back(*it);
    }
    endResetModel();
}

void InboxModel::clear()
{
    reset({});
}

void InboxModel::enqueue(const ReceivedRequest &request)
{
    m_pending.push_back(request);
    if (int(m_pending.size()) > m_capacity)
        m_pending.pop_front(); // would be trimmed at the flush anyway
    if (!m_timer.isActive())
        m_timer.start();
}

void InboxModel::flush()
{
    m_timer.stop();
    const int added = int(m_pending.size());
    if (added == 0)
        return;
    // Requests come when answered; they are shown in the order they arrived, so one that
    // waited (injected latency, a busy store) goes below those that came after it.
    std::stable_sort(m_pending.begin(), m_pending.end(), arrivedBefore);
    // Make room first, so the row count never goes over the capacity, even between signals.
    trimTo(m_capacity - added);
    if (m_rows.empty() || !arrivedBefore(m_pending.front(), m_rows.front()))
        insertOnTop();
    else
        insertInPlace();
    emit flushed(added);
}

// The common case, and the one a flood takes: every queued request arrived after the newest row.
void InboxModel::insertOnTop()
{
    beginInsertRows({}, 0, int(m_pending.size()) - 1);
    for (ReceivedRequest &request : m_pending)
        m_rows.push_front(std::move(request));
    m_pending.clear();
    endInsertRows();
}

void InboxModel::insertInPlace()
{
    for (ReceivedRequest &request : m_pending) {
        // Newest first: the first row that arrived before this request is where it goes.
        const auto at = std::find_if(m_rows.begin(), m_rows.end(),
            [&request](const ReceivedRequest &row) { return arrivedBefore(row, request); });
        const int row = int(at - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(at, std::move(request));
        endInsertRows();
    }
    m_pending.clear();
}

bool InboxModel::arrivedBefore(const ReceivedRequest &a, const ReceivedRequest &b)
{
    return a.sequence < b.sequence;
}

void InboxModel::trimTo(int rows)
{
    const int count = int(m_rows.size());
    if (count <= rows)
        return;
    beginRemoveRows({}, rows, count - 1);
    m_rows.resize(size_t(rows));
    endRemoveRows();
}

const ReceivedRequest *InboxModel::request(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}
