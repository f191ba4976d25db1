#include "ui/library/libraryexporter.h"

#include "core/common/commonerrors.h"
#include "core/schema/schemaexporter.h"
#include "core/storage/eventstore.h"

#include <QSaveFile>

namespace {

constexpr int pageSize = 500;

PortableEvent portable(const StoredEvent &stored)
{
    PortableEvent event;
    event.family = stored.family;
    event.name = stored.name;
    event.payload = stored.payload.toUtf8();
    event.source = QStringLiteral("event %1").arg(stored.id);
    return event;
}

} // namespace

Result<qint64> LibraryExporter::exportEvents(EventStore &store, qint64 setId,
    EventWriter::Format format, const EventWriter::Options &options, const QString &path,
    const Progress &progress)
{
    QSaveFile file(path); // a failed export leaves an existing file as it was
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    auto writer = EventWriter::create(format, options);
    writer->begin(&file);
    auto written = setId != 0 ? writeMembers(store, setId, *writer, progress)
                              : writeAll(store, *writer, progress);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    writer->finish();
    if (!file.commit())
        return Error {
            CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return written;
}

Result<qint64> LibraryExporter::writeMembers(
    EventStore &store, qint64 setId, EventWriter &writer, const Progress &progress)
{
    qint64 written = 0;
    for (int from = 0;; from += pageSize) {
        const auto ids = store.sets().members(setId, from, pageSize);
        if (!ids)
            return ids.error();
        for (const qint64 id : ids.value()) {
            const auto stored = store.event(id);
            if (!stored)
                return stored.error();
            writer.write(portable(stored.value()));
            ++written;
        }
        if (progress)
            progress(written);
        if (ids.value().size() < pageSize)
            return written;
    }
}

Result<qint64> LibraryExporter::writeAll(
    EventStore &store, EventWriter &writer, const Progress &progress)
{
    qint64 written = 0;
    qint64 lastId = 0;
    for (;;) {
        const auto page = store.pageAfter(lastId, pageSize);
        if (!page)
            return page.error();
        for (const StoredEvent &stored : page.value())
            writer.write(portable(stored));
        written += page.value().size();
        if (progress)
            progress(written);
        if (page.value().size() < pageSize)
            return written;
        lastId = page.value().constLast().id;
    }
}

Result<> LibraryExporter::exportSchema(
    const SchemaSet &schemas, const QString &family, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.write(family.isEmpty() ? SchemaExporter::openApi(schemas)
                                : SchemaExporter::jsonSchema(schemas, family));
    if (!file.commit())
        return Error {
            CommonErrors::Io, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}
