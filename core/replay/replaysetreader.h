#pragma once

#include "core/replay/replayevent.h"

#include "core/common/result.h"

#include <QString>
#include <QVector>

// Reads the events to replay from a set file (*.events.json, with `expect`), NDJSON (one
// {"family", "name", "payload", "expect"} per line) or a bare payload file, through the
// InputReader. Payloads are kept exactly as saved (the text between the payload's braces).
class ReplaySetReader final
{
public:
    static Result<QVector<ReplayEvent>> read(const QString &path);
    static Result<QVector<ReplayEvent>> readText(const QByteArray &text, const QString &name);
};
