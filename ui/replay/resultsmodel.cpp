#include "ui/replay/resultsmodel.h"

#include "ui/replay/statuscolors.h"

#include "core/storage/eventstore.h"

#include <QGuiApplication>

ResultsModel::ResultsModel(EventStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void ResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_run = RunRecord();
    m_nextPosition = 0;
    m_storedComplete = true;
    m_changing = true;
    endResetModel();
    m_changing = false;
}

void ResultsModel::appendRows(const QVector<ResultRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
    m_changing = false;
}

void ResultsModel::showStoredRun(const RunRecord &run, const Redactor &redactor)
{
    beginResetModel();
    m_rows.clear();
    m_run = run;
    m_redactor = redactor;
    m_nextPosition = 0;
    m_storedComplete = run.id == 0;
    m_changing = true;
    endResetModel();
    m_changing = false;
}

const ResultRow *ResultsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_storedComplete && !m_changing;
}

// Keyset paging on the position: each page starts after the last position shown.
void ResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store.runs().results(m_run.id, m_nextPosition, PageSize);
    if (!page) {
        m_storedComplete = true;
        emit loadFailed(page.error().message);
        return;
    }
    m_storedComplete = page.value().size() < PageSize;
    if (page.value().isEmpty())
        return;
    m_nextPosition = page.value().constLast().position + 1;
    const RunReport report = RunReport::fromRows(m_run, page.value(), m_redactor);
    QVector<ResultRow> rows;
    rows.reserve(report.entries().size());
    for (const RunReport::Entry &entry : report.entries())
        rows.append(ResultRow::fromEntry(entry, m_run.startedAt));
    appendRows(rows);
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::ToolTipRole:
        return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
    case Qt::TextAlignmentRole:
        if (index.column() == Position || index.column() == Status || index.column() == Latency
            || index.column() == Attempts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::display(const ResultRow &row, int column) const
{
    switch (column) {
    case Position:
        return row.position + 1;
    case Name:
        return row.name;
    case Family:
        return row.family;
    case Outcome:
        return ResultRow::outcomeName(row.outcome);
    case Status:
        return row.status > 0 ? QVariant(row.status) : QVariant(QStringLiteral("–"));
    case Latency:
        return row.latencyMs >= 0 ? QVariant(row.latencyMs) : QVariant(QStringLiteral("–"));
    case Attempts:
        return row.attempts;
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

// Colour follows the application palette so the text reads in light and dark themes.
QVariant ResultsModel::foreground(const ResultRow &row, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if (column == Outcome)
        return StatusColors::forOutcome(row.outcome, palette);
    if (column == Status)
        return StatusColors::forStatus(row.status, palette);
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("#"), QT_TR_NOOP("Event"),
        QT_TR_NOOP("Family"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Status"),
        QT_TR_NOOP("Latency (ms)"), QT_TR_NOOP("Attempts"), QT_TR_NOOP("Reason")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}
