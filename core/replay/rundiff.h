#pragma once

#include "core/common/result.h"
#include "core/storage/runresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

class RunStore;

// Compares two runs of the same set: which events changed outcome (fixed, broken, another
// status or failure) between them, in set order.
class RunDiff final
{
public:
    enum class Kind { Fixed, Broken, Changed, OnlyInFirst, OnlyInSecond };

    struct Change
    {
        int position = 0;
        Kind kind = Kind::Changed;
        QString before; // "passed 200", "failed 500: expected status 2xx, got 500"
        QString after;
    };

    // Refuses runs of different sets (their digests differ).
    static Result<QVector<Change>> compare(
        const RunStore &store, qint64 firstRun, qint64 secondRun);
    // Final results only; rows without a final result count as missing.
    static QVector<Change> compare(const QList<RunResult> &first, const QList<RunResult> &second);
    static QString kindName(Kind kind);

private:
    static QString describe(const RunResult &result);

    Q_DECLARE_TR_FUNCTIONS(RunDiff)
};
