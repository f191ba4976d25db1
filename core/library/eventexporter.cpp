#include "core/library/eventexporter.h"

#include "core/io/eventwriter.h"
#include "core/storage/eventstore.h"

EventExporter::EventExporter(EventStore &store)
    : m_store(store)
{ }

PortableEvent EventExporter::portable(const StoredEvent &stored)
{
    PortableEvent event;
    event.family = stored.family;
    event.name = stored.name;
    event.payload = stored.payload.toUtf8();
    event.source = QStringLiteral("event %1").arg(stored.id);
    return event;
}

Result<qint64> EventExporter::writeSet(qint64 setId, EventWriter &writer) const
{
    qint64 written = 0;
    for (int from = 0;; from += PageSize) {
        const auto page = m_store.memberPage(setId, from, PageSize);
        if (!page)
            return page.error();
        for (const StoredEvent &stored : page.value())
            writer.write(portable(stored));
        written += page.value().size();
        if (m_progress)
            m_progress(written);
        if (page.value().size() < PageSize)
            return written;
    }
}

Result<qint64> EventExporter::writeAll(EventWriter &writer) const
{
    qint64 written = 0;
    qint64 lastId = 0;
    for (;;) {
        const auto page = m_store.pageAfter(lastId, PageSize);
        if (!page)
            return page.error();
        for (const StoredEvent &stored : page.value())
            writer.write(portable(stored));
        written += page.value().size();
        if (m_progress)
            m_progress(written);
        if (page.value().size() < PageSize)
            return written;
        lastId = page.value().constLast().id;
    }
}
