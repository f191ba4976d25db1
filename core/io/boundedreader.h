#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Reads a whole file or stream with a ceiling, so that /dev/zero, /dev/urandom or an endless
// pipe ends in a clear error instead of eating memory. A regular file is judged by its size
// before a byte is read; standard input, pipes and devices are read in chunks up to the limit.
class BoundedReader final
{
    Q_DECLARE_TR_FUNCTIONS(BoundedReader)

public:
    static constexpr qint64 StreamLimit = qint64(256) << 20; // pipes, devices, standard input
    static constexpr qint64 FileLimit = qint64(4) << 30; // regular files (kept in memory)

    // `path` read whole; `limit` caps regular files and streams alike when given.
    static Result<QByteArray> readFile(const QString &path, qint64 limit = -1);
    // An open device (standard input) read up to `limit` bytes; `name` is for the message.
    static Result<QByteArray> readDevice(
        QIODevice &device, const QString &name, qint64 limit = StreamLimit);
};
