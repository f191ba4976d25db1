#include "core/library/variantsaver.h"

#include "core/library/libraryerrors.h"
#include "core/library/storedeventfactory.h"

#include "core/storage/eventstore.h"
#include "core/storage/storetransaction.h"
#include "core/templates/variantgenerator.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QSet>

VariantSaver::VariantSaver(
    EventStore &store, const Validator &validator, TemplateResolver &resolver)
    : m_store(store)
    , m_validator(validator)
    , m_resolver(resolver)
{ }

Result<VariantSaver::Outcome> VariantSaver::save(const QString &family,
    const QByteArray &templateJson, int count, const QString &setName, Findings *templateFindings)
{
    if (count < 1 || count > MaxCount)
        return Error {LibraryErrors::VariantCount,
            tr("the number of variants must be 1..%1 (got %2)").arg(MaxCount).arg(count)};
    if (setName.trimmed().isEmpty())
        return Error {LibraryErrors::VariantSetName, tr("the set needs a name")};
    Findings findings;
    const QVector<QByteArray> payloads
        = VariantGenerator(m_resolver).generate(templateJson, count, &findings);
    if (templateFindings)
        *templateFindings = findings;
    if (hasErrors(findings))
        return Error {LibraryErrors::VariantTemplate,
            tr("the template has %1 problem(s); the first: %2 at %3")
                .arg(findings.size())
                .arg(findings.first().message, findings.first().path)};
    Outcome outcome;
    QList<StoredEvent> events;
    QSet<QString> dedupIds;
    for (int i = 0; i < payloads.size(); ++i) {
        const QByteArray &payload = payloads.at(i);
        const PayloadCheck check = PayloadCheck::checkText(
            m_validator, family, std::string_view(payload.constData(), size_t(payload.size())));
        StoredEvent event = StoredEventFactory::make(
            QStringLiteral("%1 #%2").arg(setName).arg(i + 1), QString::fromUtf8(payload), check);
        outcome.invalid += event.validity == EventValidity::Invalid;
        dedupIds.insert(event.dedupId);
        events.append(event);
    }
    StoreTransaction transaction(m_store.database());
    ES_TRY(transaction.begin());
    const Result<qint64> setId = m_store.sets().create(setName.trimmed());
    if (!setId)
        return setId.error();
    const auto ids = m_store.insertIntoTransaction(events);
    if (!ids)
        return ids.error();
    if (const auto added = m_store.sets().appendMembers(setId.value(), ids.value()); !added)
        return added.error();
    ES_TRY(transaction.commit());
    outcome.setId = setId.value();
    outcome.stored = int(ids.value().size());
    outcome.distinctDedupIds = int(dedupIds.size());
    return outcome;
}
