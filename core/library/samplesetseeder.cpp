#include "core/library/samplesetseeder.h"

#include "core/library/storedeventfactory.h"

#include "core/schema/schemaorderedjson.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/storage/storetransaction.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SampleSetSeeder {

namespace {

QList<StoredEvent> sampleEvents(const Validator &validator)
{
    QList<StoredEvent> events;
    const SchemaSet &schemas = validator.schemas();
    for (const QString &family : schemas.families()) {
        const CompiledSchema *schema = schemas.schema(family);
        for (const QByteArray &example : schema->examples()) {
            // As the composer writes it: the schema's key order, two-space indents.
            const QByteArray text = SchemaOrderedJson::write(
                QJsonDocument::fromJson(example).object(), schema->root())
                                        .toUtf8();
            const PayloadCheck check = PayloadCheck::checkText(
                validator, family, std::string_view(text.constData(), size_t(text.size())));
            StoredEvent event = StoredEventFactory::make({}, QString::fromUtf8(text), check);
            event.name = QStringLiteral("%1 · %2").arg(family, event.subType);
            events.append(event);
        }
    }
    return events;
}

} // namespace

Result<qint64> seedIfEmpty(EventStore &store, const Validator &validator)
{
    const Result<qint64> events = store.count();
    const auto sets = store.sets().list();
    if (!events)
        return events.error();
    if (!sets)
        return sets.error();
    if (events.value() > 0 || !sets.value().isEmpty())
        return qint64(0);
    StoreTransaction transaction(store.database());
    ES_TRY(transaction.begin());
    const auto ids = store.bulkInsert(sampleEvents(validator));
    if (!ids)
        return ids.error();
    const Result<qint64> setId = store.sets().create(QString::fromLatin1(SetName),
        QStringLiteral("One realistic event per sub-type, from the schemas' examples."));
    if (!setId)
        return setId;
    if (const auto added = store.sets().appendMembers(setId.value(), ids.value()); !added)
        return added.error();
    ES_TRY(transaction.commit());
    return setId;
}

} // namespace SampleSetSeeder
