#pragma once

#include "core/report/runreport.h"

#include <QByteArray>
#include <QString>

class Redactor;
struct ReplayResult;

// One line of the results table, from a live result or a stored one: what the table, the details
// panel and the charts show, with every secret already masked.
struct ResultRow
{
    enum class Outcome { Passed, Failed, Skipped, Pending };

    int position = 0;
    QString family;
    QString name;
    Outcome outcome = Outcome::Pending;
    int status = 0;
    qint64 latencyMs = -1;
    int attempts = 0;
    QString reason;
    bool resent = false;
    bool earlier = false; // final before a resume, not sent by this session
    qint64 completedMs = -1; // since the run started; -1 when unknown
    QString requestUrl;
    QString requestHeaders; // "Name: value" lines
    QByteArray requestBody;
    QString responseHeaders;
    QByteArray responseBody;
    QList<RunAttempt> attemptLog; // every attempt, the last one included

    static ResultRow fromLive(const ReplayResult &result, const Redactor &redactor);
    static ResultRow fromEntry(const RunReport::Entry &entry, const QDateTime &runStarted);
    static QString outcomeName(Outcome outcome);
};
