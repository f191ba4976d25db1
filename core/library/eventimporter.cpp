#include "core/library/eventimporter.h"

#include "core/library/setpayloadindex.h"
#include "core/library/storedeventfactory.h"
#include "core/storage/eventstore.h"
#include "core/storage/storetransaction.h"
#include "core/validation/payloadcheck.h"

namespace {

const QString cancelledCode = QStringLiteral("import-cancelled");

Error cancelled()
{
    return Error {cancelledCode, QStringLiteral("The import was cancelled; nothing was stored.")};
}

} // namespace

EventImporter::EventImporter(const Validator &validator)
    : m_validator(validator)
{ }

bool EventImporter::isCancelled(const Error &error)
{
    return error.code == cancelledCode;
}

bool EventImporter::shouldStore(const Tally &tally, InvalidPolicy policy)
{
    switch (policy) {
    case InvalidPolicy::StoreNothing:
        return tally.events > 0 && tally.withErrors == 0;
    case InvalidPolicy::StoreValidOnly:
        return tally.valid > 0;
    case InvalidPolicy::StoreAllMarked:
        break;
    }
    return tally.events > 0;
}

bool EventImporter::importable(const PayloadCheck &check, const Findings &mapped)
{
    return check.parsed && !hasErrors(mapped) && !hasErrors(check.findings);
}

// A source that found the text is not JSON says so with its position; parsing it again would
// only repeat that.
PayloadCheck EventImporter::checkEvent(
    const PortableEvent &event, const QString &family, const Findings &mapped) const
{
    for (const Finding &finding : mapped)
        if (finding.code == QLatin1String("json-syntax"))
            return PayloadCheck {};
    return PayloadCheck::checkText(m_validator, event.family.isEmpty() ? family : event.family,
        std::string_view(event.payload.constData(), size_t(event.payload.size())));
}

void EventImporter::report(qint64 done, Stage stage) const
{
    if (m_progress)
        m_progress(done, stage);
}

Result<EventImporter::Tally> EventImporter::check(
    const Source &source, const QString &family, const SetPayloadIndex *existing) const
{
    Tally tally;
    bool stopped = false;
    auto read = source([&](const PortableEvent &event, const Findings &mapped) {
        if (stopped || (stopped = cancelRequested()))
            return;
        ++tally.events;
        if (existing && existing->contains(event.payload))
            ++tally.alreadyThere;
        const PayloadCheck check = checkEvent(event, family, mapped);
        const Findings findings = mapped + check.findings;
        const bool ok = importable(check, mapped);
        ok ? ++tally.valid : ++tally.withErrors;
        if (m_inspect && !findings.isEmpty())
            m_inspect(event, check, findings, ok);
        if (tally.events % ProgressEvery == 0)
            report(tally.events, Stage::Checking);
    });
    if (stopped)
        return cancelled();
    if (!read)
        return read.error();
    return tally;
}

Result<EventImporter::Stored> EventImporter::store(
    EventStore &store, const Source &source, const Options &options) const
{
    if (auto tuned = store.tuneForBulkWrite(); !tuned)
        return tuned.error();
    StoreTransaction transaction(store.database()); // all batches and the set, or none
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto set = store.sets().byName(options.setName);
    const auto setId = set ? Result<qint64>(set.value().id) : store.sets().create(options.setName);
    if (!setId)
        return setId.error();
    auto existing = options.skipExisting ? SetPayloadIndex::load(store, options.setName)
                                         : Result<SetPayloadIndex>(SetPayloadIndex());
    if (!existing)
        return existing.error();
    qint64 alreadyThere = 0;
    qint64 invalid = 0;
    // Rows go straight into the one transaction (no savepoint per batch: SQLite would copy
    // every page a batch touches into a sub-journal first) and join the set once at the end.
    QList<StoredEvent> batch;
    QList<qint64> ids;
    Result<> written; // the first failed batch, if any
    bool stopped = false;
    auto flush = [&] {
        if (batch.isEmpty() || !written)
            return;
        auto added = store.insertIntoTransaction(batch);
        if (added)
            ids += added.value();
        else
            written = added.error();
        batch.clear();
        report(ids.size(), Stage::Storing);
    };
    auto read = source([&](const PortableEvent &event, const Findings &mapped) {
        if (!written || stopped || (stopped = cancelRequested()))
            return;
        if (existing.value().contains(event.payload)) {
            ++alreadyThere;
            return;
        }
        const PayloadCheck check = checkEvent(event, options.family, mapped);
        if (options.invalid == InvalidPolicy::StoreValidOnly && !importable(check, mapped)) {
            ++invalid;
            return;
        }
        const QString payload = QString::fromUtf8(event.payload);
        batch.append(StoredEventFactory::make(event.name.isEmpty()
                ? StoredEventFactory::importedName(event.source, payload, check)
                : event.name,
            payload, check));
        if (batch.size() >= BatchSize)
            flush();
    });
    if (stopped || cancelRequested())
        return cancelled(); // the transaction rolls back: not a row, not the set
    flush();
    if (!read)
        return read.error();
    if (!written)
        return written.error();
    if (auto added = store.sets().appendMembers(setId.value(), ids); !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Stored {setId.value(), qint64(ids.size()), alreadyThere, invalid};
}

Result<EventImporter::Outcome> EventImporter::run(
    EventStore &store, const Source &source, const Options &options) const
{
    Outcome outcome;
    const auto existing = SetPayloadIndex::load(store, options.setName);
    if (!existing)
        return existing.error();
    auto tally = check(source, options.family, &existing.value());
    if (!tally)
        return tally.error();
    outcome.checked = tally.value();
    if (!shouldStore(outcome.checked, options.invalid))
        return outcome; // nothing stored; the tally says why
    auto stored = this->store(store, source, options);
    if (!stored)
        return stored.error();
    outcome.stored = stored.value();
    return outcome;
}
