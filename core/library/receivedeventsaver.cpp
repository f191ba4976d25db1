#include "core/library/receivedeventsaver.h"

#include "core/library/libraryerrors.h"
#include "core/library/storedeventfactory.h"
#include "core/storage/eventstore.h"
#include "core/validation/payloadcheck.h"

#include <QCoreApplication>

ReceivedEventSaver::ReceivedEventSaver(const Validator &validator, EventStore &store)
    : m_validator(validator)
    , m_store(store)
{ }

Result<StoredEvent> ReceivedEventSaver::toStored(const ReceivedRequest &request) const
{
    if (request.body.trimmed().isEmpty())
        return Error {LibraryErrors::EmptyBody,
            QCoreApplication::translate("ReceivedEventSaver", "Request #%1 has no body to keep.")
                .arg(request.sequence)};
    const PayloadCheck check = PayloadCheck::checkText(m_validator, request.family,
        std::string_view(request.body.constData(), size_t(request.body.size())));
    const QString name = QCoreApplication::translate("ReceivedEventSaver", "received %1")
                             .arg(request.requestId.isEmpty() ? QString::number(request.sequence)
                                                              : request.requestId);
    return StoredEventFactory::make(name, QString::fromUtf8(request.body), check);
}

Result<qint64> ReceivedEventSaver::save(const ReceivedRequest &request, bool *alreadyThere)
{
    if (alreadyThere)
        *alreadyThere = false;
    const Result<StoredEvent> event = toStored(request);
    if (!event)
        return event.error();
    if (!event.value().dedupId.isEmpty()) {
        const auto existing = m_store.findByDedupId(event.value().dedupId);
        if (!existing)
            return existing.error();
        for (const StoredEvent &stored : existing.value()) {
            if (stored.family != event.value().family || stored.payload != event.value().payload)
                continue;
            if (alreadyThere)
                *alreadyThere = true;
            return stored.id;
        }
    }
    return m_store.insertEvent(event.value());
}

Result<qint64> ReceivedEventSaver::insert(const ReceivedRequest &request)
{
    const Result<StoredEvent> event = toStored(request);
    if (!event)
        return event.error();
    return m_store.insertEvent(event.value());
}
