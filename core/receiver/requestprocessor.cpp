#include "core/receiver/requestprocessor.h"

#include "core/receiver/receiverenvelope.h"

#include "core/common/clock.h"
#include "core/common/systemclock.h"
#include "core/dedup/dedupid.h"
#include "core/net/redactor.h"

#include <simdjson.h>

#include <QUrlQuery>

namespace {

const QByteArray apiKeyName = QByteArrayLiteral("api_key");

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return {};
}

} // namespace

RequestProcessor::RequestProcessor(
    SchemaSet schemas, const ReceiverSettings &settings, const Clock *clock)
    : m_schemas(std::move(schemas))
    , m_validator(m_schemas, clock)
    , m_faults(settings.seed)
    , m_settings(settings)
    , m_redactor({settings.apiKey})
    , m_clock(clock ? clock : &SystemClock::instance())
{ }

void RequestProcessor::setSettings(const ReceiverSettings &settings)
{
    m_settings = settings;
    m_redactor = Redactor({settings.apiKey});
    m_faults.reseed(settings.seed);
}

void RequestProcessor::resetStats()
{
    m_stats = {};
    m_ledger.clear();
}

ReceivedRequest RequestProcessor::snapshot(const Incoming &incoming) const
{
    const qint64 bodyLimit = m_settings.bodyLimit;
    ReceivedRequest record;
    record.requestId = ReceiverEnvelope::newRequestId();
    record.method = incoming.method;
    record.path = m_redactor.redactPathAndQuery(incoming.url);
    if (record.path.size() > MaxUrlBytes)
        record.path = record.path.left(MaxUrlBytes) + QStringLiteral("…");
    record.family = incoming.family;
    qsizetype kept = 0;
    for (const auto &header : incoming.headers) {
        kept += header.first.size() + header.second.size();
        if (kept > MaxHeaderBytes)
            break; // a 431: what fits is enough to see why
        record.headers.append(
            {header.first, m_redactor.redactHeaderValue(header.first, header.second)});
    }
    record.bodySize = std::max<qint64>(incoming.body.size(), incoming.declaredLength);
    if (record.bodySize <= bodyLimit)
        record.body = incoming.body; // kept for rejected and faulted requests too
    return record;
}

RequestProcessor::Outcome RequestProcessor::process(const Incoming &incoming)
{
    Outcome outcome = arrival(incoming);
    decide(incoming, outcome);
    tally(outcome.record);
    return outcome;
}

RequestProcessor::Outcome RequestProcessor::refuse(
    const Incoming &incoming, int status, const QString &message)
{
    Outcome outcome = arrival(incoming);
    answer(outcome, message, status);
    tally(outcome.record);
    return outcome;
}

QString RequestProcessor::tooLargeMessage(qint64 size, qint64 limit)
{
    return QStringLiteral("Body of %1 bytes is over the limit of %2 bytes").arg(size).arg(limit);
}

RequestProcessor::Outcome RequestProcessor::arrival(const Incoming &incoming)
{
    Outcome outcome;
    outcome.record = snapshot(incoming);
    outcome.record.sequence = ++m_sequence;
    outcome.record.receivedAt = m_clock->now();
    return outcome;
}

void RequestProcessor::decide(const Incoming &incoming, Outcome &outcome)
{
    if (!checkSizes(incoming, outcome))
        return;
    if (!incoming.endpoint || !m_schemas.hasFamily(incoming.family)) {
        const QString message = incoming.endpoint
            ? QStringLiteral("Unknown event type \"%1\"").arg(incoming.family)
            : QStringLiteral("Not found");
        outcome.record.family.clear();
        answer(outcome, message, 404);
        return;
    }
    if (incoming.method != QLatin1String("POST")) {
        answer(
            outcome, QStringLiteral("Method %1 not allowed; use POST").arg(incoming.method), 405);
        return;
    }
    const FaultDecision decision = m_faults.next(m_settings.faults);
    outcome.delayMs = decision.delayMs;
    outcome.record.injectedDelayMs = decision.delayMs;
    if (applyFault(decision, outcome)) {
        outcome.record.subType = subTypeOf(incoming.body); // the inbox says what was faulted
        return;
    }
    if (!checkKey(incoming, outcome) || !checkSize(incoming, outcome))
        return;
    handleEvent(incoming, outcome);
}

void RequestProcessor::tally(const ReceivedRequest &record)
{
    FamilyCounts &c = m_stats.families[record.family];
    if (record.fault != ReceiverFault::None)
        ++c.faulted;
    else if (record.status != 200)
        ++c.rejected;
    else if (record.duplicate)
        ++c.duplicates;
    else
        ++c.accepted;
}

bool RequestProcessor::applyFault(const FaultDecision &decision, Outcome &outcome)
{
    outcome.record.fault = decision.fault;
    switch (decision.fault) {
    case ReceiverFault::None:
        return false;
    case ReceiverFault::Dropped:
        outcome.record.requestId.clear();
        outcome.record.status = 0;
        break;
    case ReceiverFault::ServerError:
        answer(outcome, QStringLiteral("Internal server error"), 500);
        break;
    case ReceiverFault::RateLimited: {
        const int seconds = std::max(0, m_settings.faults.retryAfterSeconds);
        outcome.extraHeaders.append({"Retry-After", QByteArray::number(seconds)});
        answer(outcome, QStringLiteral("Too many requests; retry after %1 s").arg(seconds), 429);
        break;
    }
    }
    return true;
}

bool RequestProcessor::checkSizes(const Incoming &incoming, Outcome &outcome)
{
    const qsizetype url = incoming.url.toEncoded().size();
    if (url > MaxUrlBytes) {
        outcome.record.family.clear();
        answer(outcome,
            QStringLiteral("URI of %1 bytes is too long (at most %2)").arg(url).arg(MaxUrlBytes),
            414);
        return false;
    }
    qsizetype headers = 0;
    for (const auto &header : incoming.headers)
        headers += header.first.size() + header.second.size() + 4;
    if (headers > MaxHeaderBytes) {
        outcome.record.family.clear();
        answer(outcome,
            QStringLiteral("Header fields of %1 bytes are too large (at most %2)")
                .arg(headers)
                .arg(MaxHeaderBytes),
            431);
        return false;
    }
    return true;
}

bool RequestProcessor::checkKey(const Incoming &incoming, Outcome &outcome)
{
    if (m_settings.apiKey.isEmpty())
        return true;
    const QByteArray expected = m_settings.apiKey.toUtf8();
    const QByteArray header = headerValue(incoming.headers, apiKeyName);
    // Decoded in full: a key with `+`, `/` or `%` arrives percent-encoded.
    const QByteArray query
        = QUrlQuery(incoming.url)
              .queryItemValue(QString::fromLatin1(apiKeyName), QUrl::FullyDecoded)
              .toUtf8();
    if (header == expected || query == expected)
        return true;
    answer(outcome, QStringLiteral("Invalid API key"), 401);
    return false;
}

bool RequestProcessor::checkSize(const Incoming &incoming, Outcome &outcome)
{
    const qint64 size = std::max<qint64>(incoming.body.size(), incoming.declaredLength);
    if (size <= m_settings.bodyLimit)
        return true;
    answer(outcome, tooLargeMessage(size, m_settings.bodyLimit), 413);
    return false;
}

QString RequestProcessor::subTypeOf(const QByteArray &body)
{
    simdjson::dom::element root;
    std::string_view subType;
    if (body.size() > m_settings.bodyLimit
        || !m_parser.parse(std::string_view(body.constData(), size_t(body.size())), &root, nullptr)
        || root[std::string_view("eventType")].get_string().get(subType) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(subType.data(), qsizetype(subType.size()));
}

void RequestProcessor::handleEvent(const Incoming &incoming, Outcome &outcome)
{
    const std::string_view text(incoming.body.constData(), size_t(incoming.body.size()));
    simdjson::dom::element root;
    JsonError error;
    if (!m_parser.parse(text, &root, &error)) {
        answer(outcome,
            QStringLiteral("Body is not JSON: %1 (line %2, column %3)")
                .arg(error.message)
                .arg(error.position.line)
                .arg(error.position.column),
            400);
        return;
    }
    std::string_view subType;
    if (root[std::string_view("eventType")].get_string().get(subType) == simdjson::SUCCESS)
        outcome.record.subType = QString::fromUtf8(subType.data(), qsizetype(subType.size()));
    Findings findings = m_validator.validate(incoming.family, root);
    if (!findings.isEmpty())
        Validator::locate(findings, text); // positions cost a rescan: only when needed
    outcome.record.findings = findings;
    if (m_settings.mode == ReceiverMode::Strict && hasErrors(findings)) {
        const auto errors = std::count_if(findings.cbegin(), findings.cend(),
            [](const Finding &f) { return f.severity == Severity::Error; });
        outcome.record.status = 400;
        outcome.record.responseBody
            = ReceiverEnvelope::rejected(outcome.record.requestId, outcome.record.receivedAt,
                QStringLiteral("Event failed validation with %1 error(s)").arg(errors), findings);
        return;
    }
    accept(outcome, root);
}

void RequestProcessor::accept(Outcome &outcome, simdjson::dom::element root)
{
    ReceivedRequest &record = outcome.record;
    const DedupId dedup = DedupId::compute(record.family, root);
    record.dedupId = dedup.id;
    const std::optional<QString> first
        = m_ledger.remember(record.family, dedup.id, record.requestId);
    ReceiverEnvelope::Success success;
    success.shouldProcess = m_schemas.schema(record.family)->isProcessed(record.subType);
    success.duplicate = first.has_value();
    success.firstRequestId = first.value_or(QString());
    success.eventsAccepted = m_stats.total().accepted + (first ? 0 : 1);
    record.duplicate = success.duplicate;
    record.firstRequestId = success.firstRequestId;
    record.status = 200;
    record.responseBody = ReceiverEnvelope::success(record.requestId, record.receivedAt, success);
}

void RequestProcessor::refuseUnstored(ReceivedRequest &record, const QString &problem)
{
    FamilyCounts &counts = m_stats.families[record.family];
    if (record.duplicate) {
        --counts.duplicates; // the first copy's fate is its own
    } else {
        --counts.accepted;
        m_ledger.forget(record.family, record.dedupId, record.requestId);
    }
    ++counts.rejected;
    record.status = 503;
    record.duplicate = false;
    record.responseBody = ReceiverEnvelope::error(record.requestId, record.receivedAt,
        QStringLiteral("Not stored: %1. Nothing was kept; send the event again.").arg(problem));
}

void RequestProcessor::withdraw(ReceivedRequest &record)
{
    FamilyCounts &counts = m_stats.families[record.family];
    if (record.fault != ReceiverFault::None)
        --counts.faulted;
    else if (record.status != 200)
        --counts.rejected;
    else if (record.duplicate)
        --counts.duplicates;
    else {
        --counts.accepted;
        m_ledger.forget(record.family, record.dedupId, record.requestId);
    }
    record.status = 0;
    record.duplicate = false;
    record.fault = ReceiverFault::Dropped;
    record.responseBody.clear();
}

void RequestProcessor::answer(Outcome &outcome, const QString &message, int status)
{
    outcome.record.status = status;
    outcome.record.responseBody
        = ReceiverEnvelope::error(outcome.record.requestId, outcome.record.receivedAt, message);
}
