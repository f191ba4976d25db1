#include "ui/library/libraryexporter.h"

#include "core/common/commonerrors.h"
#include "core/io/eventwriterfactory.h"
#include "core/library/eventexporter.h"
#include "core/schema/schemaexporter.h"
#include "core/storage/eventstore.h"

#include <QSaveFile>

Result<qint64> LibraryExporter::exportEvents(EventStore &store, qint64 setId,
    EventWriter::Format format, const EventWriter::Options &options, const QString &path,
    const Progress &progress)
{
    QSaveFile file(path); // a failed export leaves an existing file as it was
    if (!file.open(QIODevice::WriteOnly))
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    auto writer = EventWriterFactory::create(format, options);
    writer->begin(&file);
    EventExporter exporter(store);
    exporter.setProgress(progress);
    auto written = setId != 0 ? exporter.writeSet(setId, *writer) : exporter.writeAll(*writer);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    writer->finish();
    if (!file.commit())
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return written;
}

Result<> LibraryExporter::exportSchema(
    const SchemaSet &schemas, const QString &family, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.write(family.isEmpty() ? SchemaExporter::openApi(schemas)
                                : SchemaExporter::jsonSchema(schemas, family));
    if (!file.commit())
        return Error {CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}
