#pragma once

#include "core/replay/replayexpectation.h"

#include <QByteArray>
#include <QString>

// One event ready to go: the body exactly as it will be sent (policies applied), its dedup ID
// and whether validation says to skip it.
// Every member has a default, so {a, b} may name only the leading ones.
struct PlannedEvent
{
    int position = 0;
    QString family {};
    QString name {};
    QByteArray body {};
    ReplayExpectation expect {};
    qint64 storedEventId = 0;
    QString dedupId {}; // of `body`
    bool valid = true; // no error findings (always true without a validator)
    QString findings {}; // summary of the error findings
    bool skip = false; // invalid and the run skips invalid events
};
