#include "core/library/receivedeventstore.h"

#include "core/library/receivedeventsaver.h"

ReceivedEventStore::ReceivedEventStore(SchemaSet schemas)
    : m_schemas(std::move(schemas))
    , m_validator(m_schemas)
{ }

Result<> ReceivedEventStore::open(const QString &path, int busyTimeoutMs)
{
    m_store.setBusyTimeoutMs(busyTimeoutMs);
    return m_store.open(path);
}

QString ReceivedEventStore::keep(const ReceivedRequest &request)
{
    ReceivedEventSaver saver(m_validator, m_store);
    const Result<qint64> stored = saver.insert(request);
    return stored ? QString() : stored.error().message;
}
