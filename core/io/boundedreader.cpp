#include "core/io/boundedreader.h"

#include "core/io/ioerrors.h"

#include <QFile>

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) ? 1 : 0);
}

Error tooLarge(const QString &name, qint64 limit)
{
    return Error {IoErrors::TooLarge,
        BoundedReader::tr("%1: more than %2 MiB; this input is too large to read whole (a device "
                          "or an endless stream?). Save it to a regular file, or split it")
            .arg(name, mebibytes(limit))};
}

} // namespace

Result<QByteArray> BoundedReader::readFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            IoErrors::Unreadable, tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.isSequential()) // a FIFO, a character device: its size says nothing
        return readDevice(file, path, limit < 0 ? StreamLimit : limit);
    const qint64 ceiling = limit < 0 ? FileLimit : limit;
    if (file.size() > ceiling)
        return tooLarge(path, ceiling);
    return readDevice(file, path, ceiling); // a file may still grow while it is read
}

Result<QByteArray> BoundedReader::readDevice(QIODevice &device, const QString &name, qint64 limit)
{
    QByteArray data;
    constexpr qint64 chunk = qint64(1) << 20;
    for (;;) {
        const qint64 room = limit + 1 - data.size(); // one byte more tells "over the limit"
        const QByteArray read = device.read(qMin(chunk, room));
        if (read.isEmpty()) {
            if (device.atEnd() || !device.waitForReadyRead(-1) || device.bytesAvailable() == 0)
                break;
            continue;
        }
        data += read;
        if (data.size() > limit)
            return tooLarge(name, limit);
    }
    return data;
}
