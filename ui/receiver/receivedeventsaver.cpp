#include "ui/receiver/receivedeventsaver.h"

#include "core/library/libraryerrors.h"
#include "core/library/storedeventfactory.h"
#include "core/storage/eventstore.h"
#include "core/validation/payloadcheck.h"

#include <QCoreApplication>

ReceivedEventSaver::ReceivedEventSaver(const Validator &validator, EventStore &store)
    : m_validator(validator)
    , m_store(store)
{ }

Result<qint64> ReceivedEventSaver::save(const ReceivedRequest &request, bool *alreadyThere)
{
    if (alreadyThere)
        *alreadyThere = false;
    if (request.body.trimmed().isEmpty())
        return Error {LibraryErrors::EmptyBody,
            QCoreApplication::translate("ReceivedEventSaver", "Request #%1 has no body to keep.")
                .arg(request.sequence)};
    const PayloadCheck check = PayloadCheck::checkText(m_validator, request.family,
        std::string_view(request.body.constData(), size_t(request.body.size())));
    const QString payload = QString::fromUtf8(request.body);
    if (!check.dedup.id.isEmpty()) {
        const auto existing = m_store.findByDedupId(check.dedup.id);
        if (!existing)
            return existing.error();
        for (const StoredEvent &event : existing.value()) {
            if (event.family != check.family || event.payload != payload)
                continue;
            if (alreadyThere)
                *alreadyThere = true;
            return event.id;
        }
    }
    const QString name = QCoreApplication::translate("ReceivedEventSaver", "received %1")
                             .arg(request.requestId.isEmpty() ? QString::number(request.sequence)
                                                              : request.requestId);
    return m_store.insertEvent(StoredEventFactory::make(name, payload, check));
}
