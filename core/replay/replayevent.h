#pragma once

#include "core/replay/replayexpectation.h"

#include <QByteArray>
#include <QString>

// One event of a set to replay: its family, name, payload text as saved and what is expected
// of the answer. `storedEventId` links to the store's events table (0 for set files).
struct ReplayEvent
{
    QString family;
    QString name;
    QByteArray payload;
    ReplayExpectation expect;
    qint64 storedEventId = 0;
};
