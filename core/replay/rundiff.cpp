#include "core/replay/rundiff.h"

#include "core/replay/replayerrors.h"
#include "core/storage/runstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace {

std::map<int, RunResult> finals(const QList<RunResult> &results)
{
    std::map<int, RunResult> byPosition;
    for (const RunResult &r : results) {
        if (r.state == RunResultState::Done)
            byPosition.emplace(r.position, r);
    }
    return byPosition;
}

QString digestOf(const RunRecord &run)
{
    return QJsonDocument::fromJson(run.optionsJson.toUtf8())
        .object()
        .value(QStringLiteral("setDigest"))
        .toString();
}

} // namespace

QString RunDiff::kindName(Kind kind)
{
    static const char *const names[]
        = {"fixed", "broken", "changed", "only-in-first", "only-in-second"};
    return QLatin1String(names[int(kind)]);
}

QString RunDiff::fieldName(Field field)
{
    static const char *const names[] = {"outcome", "status", "reason"};
    return QLatin1String(names[int(field)]);
}

QString RunDiff::fieldNames(const QList<Field> &fields)
{
    QStringList names;
    for (const Field field : fields)
        names << fieldName(field);
    return names.join(QStringLiteral(", "));
}

QString RunDiff::outcomeOf(const RunResult &r)
{
    if (r.passed)
        return QStringLiteral("passed");
    return r.skipped ? QStringLiteral("skipped") : QStringLiteral("failed");
}

// A passed event's reason holds notes only (an explained duplicate); it is not shown.
QString RunDiff::shownReason(const RunResult &r)
{
    return r.passed ? QString() : r.failureReason;
}

QString RunDiff::describe(const RunResult &r)
{
    QString text = QStringLiteral("%1 %2").arg(
        outcomeOf(r), r.finalStatus ? QString::number(r.finalStatus) : QStringLiteral("-"));
    if (!shownReason(r).isEmpty())
        text += QStringLiteral(": ") + shownReason(r);
    return text;
}

QString RunDiff::nameOf(const RunResult &r)
{
    return QJsonDocument::fromJson(r.responseSummary.toUtf8())
        .object()
        .value(QStringLiteral("name"))
        .toString();
}

QList<RunDiff::Field> RunDiff::differences(const RunResult &before, const RunResult &after)
{
    QList<Field> fields;
    if (outcomeOf(before) != outcomeOf(after))
        fields << Field::Outcome;
    if (before.finalStatus != after.finalStatus)
        fields << Field::Status;
    if (shownReason(before) != shownReason(after))
        fields << Field::Reason;
    return fields;
}

QVector<RunDiff::Change> RunDiff::compare(
    const QList<RunResult> &first, const QList<RunResult> &second)
{
    const auto a = finals(first);
    const auto b = finals(second);
    std::map<int, Change> changes;
    for (const auto &[position, before] : a) {
        const auto it = b.find(position);
        if (it == b.end()) {
            changes[position]
                = {position, Kind::OnlyInFirst, describe(before), QString(), nameOf(before)};
            continue;
        }
        const RunResult &after = it->second;
        const QList<Field> changed = differences(before, after);
        if (changed.isEmpty())
            continue;
        const Kind kind = before.passed == after.passed ? Kind::Changed
            : after.passed                              ? Kind::Fixed
                                                        : Kind::Broken;
        const QString name = nameOf(after).isEmpty() ? nameOf(before) : nameOf(after);
        changes[position] = {position, kind, describe(before), describe(after), name, changed};
    }
    for (const auto &[position, after] : b) {
        if (a.find(position) == a.end())
            changes[position]
                = {position, Kind::OnlyInSecond, QString(), describe(after), nameOf(after)};
    }
    QVector<Change> ordered;
    for (auto &entry : changes)
        ordered << entry.second;
    return ordered;
}

Result<QVector<RunDiff::Change>> RunDiff::compare(
    const RunStore &store, qint64 firstRun, qint64 secondRun)
{
    auto runA = store.run(firstRun);
    auto runB = store.run(secondRun);
    if (!runA || !runB)
        return runA ? runB.error() : runA.error();
    if (digestOf(runA.value()) != digestOf(runB.value()))
        return Error {ReplayErrors::DiffOtherSet,
            tr("Runs %1 and %2 replayed different sets.").arg(firstRun).arg(secondRun)};
    auto a = store.results(firstRun);
    auto b = store.results(secondRun);
    if (!a || !b)
        return a ? b.error() : a.error();
    return compare(a.value(), b.value());
}
