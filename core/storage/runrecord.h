#pragma once

#include <QDateTime>
#include <QString>

// Life of a replay run; Running and Paused runs are "unfinished" and may be resumed (so may a
// Cancelled one: its unfinished events are sent by a resume). Stopped: a stop rule ended it.
enum class RunState { Running, Paused, Completed, Cancelled, Crashed, Stopped };

// A replay of one set against one target, with counts kept up to date by the store.
// Every member has a default, so {a, b} may name only the leading ones.
struct RunRecord
{
    qint64 id = 0;
    qint64 setId = 0;
    QString setName {};
    qint64 targetId = 0;
    QString targetName {};
    QString optionsJson = QStringLiteral("{}");
    RunState state = RunState::Running;
    QDateTime startedAt {}; // set by the store when invalid
    QDateTime finishedAt {};
    qint64 total = 0; // events planned
    qint64 done = 0; // results recorded as final
    qint64 passed = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
};
