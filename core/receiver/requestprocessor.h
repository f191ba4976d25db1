#pragma once

#include "core/receiver/dedupledger.h"
#include "core/receiver/faultinjector.h"
#include "core/receiver/receivedrequest.h"
#include "core/receiver/receiversettings.h"
#include "core/receiver/receiverstats.h"

#include "core/json/jsonparser.h"
#include "core/net/redactor.h"
#include "core/schema/schemaset.h"
#include "core/validation/validator.h"

#include <QUrl>

class Clock;

// Decides what the local receiver answers, with no HTTP in sight: key, size, JSON, validation,
// dedup, stats and injected faults. The Receiver feeds it requests and writes its answers, so
// the whole behaviour can be reasoned about (and tested) apart from the socket handling.
class RequestProcessor final
{
public:
    struct Incoming
    {
        QString method;
        QUrl url;
        HeaderList headers;
        QByteArray body;
        qint64 declaredLength = -1; // Content-Length, -1 when absent
        QString family; // "" when the path is not an endpoint
        bool endpoint = false; // the path is one of the documented endpoint forms
    };

    struct Outcome
    {
        ReceivedRequest record; // to finish (latency) and keep; status 0 when dropped
        HeaderList extraHeaders;
        int delayMs = 0;
    };

    // Larger URLs are answered 414 and larger header sections 431, and neither is kept whole.
    static constexpr qsizetype MaxUrlBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 32 * 1024;

    RequestProcessor(SchemaSet schemas, const ReceiverSettings &settings, const Clock *clock);
    RequestProcessor(const RequestProcessor &) = delete;
    RequestProcessor &operator=(const RequestProcessor &) = delete;

    Outcome process(const Incoming &incoming);
    // A request refused before its body was read (413 from Content-Length, 408 when it was not
    // sent in time): recorded and counted as rejected, answered `status` with `message`.
    Outcome refuse(const Incoming &incoming, int status, const QString &message);
    static QString tooLargeMessage(qint64 size, qint64 limit);
    // The store refused an event the checks accepted: the answer becomes a 503 that says why,
    // the event counts as rejected and its dedup ID is forgotten, so a retry is a first arrival.
    void refuseUnstored(ReceivedRequest &record, const QString &problem);
    // A request that will never be answered (the receiver stopped while it waited): it leaves
    // the counts, its dedup ID is forgotten, and the record says no answer went out.
    void withdraw(ReceivedRequest &record);
    // Whether the first copy of the duplicate `record` is still known (it was kept), the very
    // copy the duplicate was answered about.
    bool remembers(const ReceivedRequest &record) const
    {
        return !record.firstRequestId.isEmpty()
            && m_ledger.firstOf(record.family, record.dedupId) == record.firstRequestId;
    }

    const ReceiverSettings &settings() const { return m_settings; }
    void setSettings(const ReceiverSettings &settings); // reseeds the fault draws
    const ReceiverStats &stats() const { return m_stats; }
    void resetStats(); // forgets the counts and the dedup IDs seen so far
    const SchemaSet &schemas() const { return m_schemas; }

private:
    void decide(const Incoming &incoming, Outcome &outcome);
    void tally(const ReceivedRequest &record);
    bool applyFault(const FaultDecision &decision, Outcome &outcome);
    bool checkSizes(const Incoming &incoming, Outcome &outcome);
    bool checkKey(const Incoming &incoming, Outcome &outcome);
    bool checkSize(const Incoming &incoming, Outcome &outcome);
    void handleEvent(const Incoming &incoming, Outcome &outcome);
    QString subTypeOf(const QByteArray &body); // "" when the body is no JSON object with one
    void answer(Outcome &outcome, const QString &message, int status);
    void accept(Outcome &outcome, simdjson::dom::element root);
    ReceivedRequest snapshot(const Incoming &incoming) const;
    Outcome arrival(const Incoming &incoming); // the record, numbered and timed

    SchemaSet m_schemas;
    Validator m_validator;
    JsonParser m_parser;
    DedupLedger m_ledger;
    ReceiverStats m_stats;
    FaultInjector m_faults;
    ReceiverSettings m_settings;
    Redactor m_redactor; // the one rule set, plus the key this receiver requires
    const Clock *m_clock;
    qint64 m_sequence = 0;
};
