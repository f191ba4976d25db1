#pragma once

#include "core/net/sendresult.h"
#include "core/storage/runattempt.h"

#include <QString>

#include <optional>

// The final outcome of one event of a run, emitted in set order. Reports and the GUI read it;
// the store keeps a summary of it (RunJournal).
struct ReplayResult
{
    enum class Outcome { Passed, Failed, Skipped };

    int position = 0;
    QString family;
    QString name;
    Outcome outcome = Outcome::Failed;
    QString reason; // why it failed or was skipped; notes (an explained duplicate) when passed
    int attempts = 0;
    int status = 0; // of the last attempt; 0 when no HTTP answer
    qint64 latencyMs = -1; // of the last attempt
    QString requestId;
    std::optional<bool> duplicate;
    std::optional<bool> shouldProcess;
    QString dedupId; // of the body as sent
    bool resent = false; // "maybe sent" by an interrupted session, sent again by this one
    bool fromEarlierSession = false; // final before a resume; not sent by this session
    SendResult exchange; // the last attempt in full (empty when not sent by this session)
    QList<RunAttempt> attemptLog; // every attempt, the last one included

    bool passed() const { return outcome == Outcome::Passed; }
    static QString outcomeName(Outcome outcome);
};
