#pragma once

#include "core/common/result.h"
#include "core/io/portableevent.h"
#include "core/validation/finding.h"

#include <functional>

class EventStore;
class SetPayloadIndex;
class Validator;
struct PayloadCheck;

// Brings a stream of events into the library, for `eventsmith-cli import` and the import dialog
// alike: every event is checked first and, unless the policy says otherwise, nothing is stored
// when one has errors; then they are stored in one transaction and join the set in the order read.
// A source is read twice rather than held in memory, so a million-line NDJSON file or a 100k-row
// CSV streams.
class EventImporter final
{
public:
    // Visits each event of the source once per call; mapping findings come with the event.
    using Visit = std::function<void(const PortableEvent &, const Findings &)>;
    // Reads the whole source, the same events every time it is called; returns how many.
    using Source = std::function<Result<qint64>(const Visit &)>;

    enum class Stage { Checking, Storing };
    // done: events checked (every ProgressEvery) or stored (every batch) so far.
    using Progress = std::function<void(qint64 done, Stage stage)>;
    // Asked between events; true stops the import, and nothing is stored.
    using CancelRequested = std::function<bool()>;
    // Called during the check for each event that has findings (the front-end shows the first).
    using Inspect = std::function<void(const PortableEvent &event, const PayloadCheck &check,
        const Findings &findings, bool importable)>;

    // What to do when some events have errors.
    enum class InvalidPolicy {
        StoreNothing, // all or nothing: fix them first
        StoreValidOnly, // store the valid ones, leave out the rest
        StoreAllMarked, // store them too, marked invalid
    };
    struct Options
    {
        QString setName; // created when missing
        QString family; // for events that do not say; detected when empty
        InvalidPolicy invalid = InvalidPolicy::StoreNothing;
        bool skipExisting = false; // leave out events whose payload the set holds already
    };
    struct Tally
    {
        qint64 events = 0;
        qint64 valid = 0;
        qint64 withErrors = 0;
        qint64 alreadyThere = 0; // same payload bytes as an event of the set
    };
    struct Stored
    {
        qint64 setId = 0;
        qint64 events = 0;
        qint64 alreadyThere = 0; // left out (options.skipExisting)
        qint64 invalid = 0; // left out for their errors (InvalidPolicy::StoreValidOnly)
    };
    struct Outcome
    {
        Tally checked;
        Stored stored; // empty when nothing was stored (errors, or no events)
    };

    static constexpr int BatchSize = 5000;
    static constexpr int ProgressEvery = 1000;

    explicit EventImporter(const Validator &validator);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelRequested(CancelRequested cancel) { m_cancel = std::move(cancel); }
    void setInspect(Inspect inspect) { m_inspect = std::move(inspect); }

    // The first pass alone: reads and checks every event, stores nothing; counts the events
    // `existing` holds when given.
    Result<Tally> check(const Source &source, const QString &family,
        const SetPayloadIndex *existing = nullptr) const;
    // The second pass alone: stores every event (checked again for its family, dedup ID and
    // validity) into the set `options.setName`, all or nothing; with options.skipExisting, not
    // those whose payload the set holds already.
    Result<Stored> store(EventStore &store, const Source &source, const Options &options) const;
    // Both passes; stores only what shouldStore() allows.
    // The check counts the events the set holds already.
    Result<Outcome> run(EventStore &store, const Source &source, const Options &options) const;

    static bool isCancelled(const Error &error);
    // Whether the checked events leave anything to store under `policy`.
    static bool shouldStore(const Tally &tally, InvalidPolicy policy);

private:
    PayloadCheck checkEvent(
        const PortableEvent &event, const QString &family, const Findings &mapped) const;
    static bool importable(const PayloadCheck &check, const Findings &mapped);
    bool cancelRequested() const { return m_cancel && m_cancel(); }
    void report(qint64 done, Stage stage) const;

    const Validator &m_validator;
    Progress m_progress;
    CancelRequested m_cancel;
    Inspect m_inspect;
};
