#pragma once

#include "core/common/result.h"
#include "core/storage/runresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

class RunStore;

// Compares two runs of the same set: which events read differently (fixed, broken, another
// status or failure) between them, in set order. A row counts only when what is shown of it
// differs: a passed event's notes (an explained duplicate) are not shown, so they never count.
class RunDiff final
{
public:
    enum class Kind { Fixed, Broken, Changed, OnlyInFirst, OnlyInSecond };

    // What a change is made of, in the order shown.
    enum class Field { Outcome, Status, Reason };

    struct Change
    {
        int position = 0;
        Kind kind = Kind::Changed;
        QString before; // "passed 200", "failed 500: expected status 2xx, got 500"
        QString after;
        QString name; // the event's name, from the later run when both have it
        QList<Field> changed {}; // empty for events found in one run only
    };

    // Refuses runs of different sets (their digests differ).
    static Result<QVector<Change>> compare(
        const RunStore &store, qint64 firstRun, qint64 secondRun);
    // Final results only; rows without a final result count as missing.
    static QVector<Change> compare(const QList<RunResult> &first, const QList<RunResult> &second);
    static QString kindName(Kind kind);
    static QString fieldName(Field field); // "outcome", "status", "reason"
    static QString fieldNames(const QList<Field> &fields); // "outcome, status"

private:
    static QString describe(const RunResult &result);
    static QString outcomeOf(const RunResult &result);
    static QString shownReason(const RunResult &result);
    static QString nameOf(const RunResult &result);
    static QList<Field> differences(const RunResult &before, const RunResult &after);

    Q_DECLARE_TR_FUNCTIONS(RunDiff)
};
