#pragma once

#include "core/common/result.h"
#include "core/net/redactor.h"
#include "core/storage/runrecord.h"
#include "core/storage/runresult.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

class RunStore;

// A stored run ready to render: the run row, its options and one entry per event with what the
// response summary says, every text passed through the Redactor once more. All report formats
// read this, so they agree on counts and never see a secret the store might hold.
class RunReport final
{
public:
    struct Entry
    {
        RunResult row;
        QString family;
        QString name;
        QString outcome; // "passed", "failed", "skipped", or "pending" (no final result)
        QString requestId;
        QString dedupId;
        std::optional<bool> duplicate;
        std::optional<bool> shouldProcess;
        bool resent = false; // "maybe sent" before an interruption, sent again
        QString error; // transport error kind, when no HTTP answer
        QString message; // the server's message
    };

    static Result<RunReport> load(
        const RunStore &store, qint64 runId, const Redactor &redactor = Redactor());
    // For tests and callers holding rows already.
    static RunReport fromRows(
        const RunRecord &run, const QList<RunResult> &rows, const Redactor &redactor);

    const RunRecord &run() const { return m_run; }
    const QJsonObject &options() const { return m_options; }
    const QVector<Entry> &entries() const { return m_entries; }
    QString title() const; // "Onboarding → local"
    qint64 count(const QString &outcome) const;
    qint64 durationMs() const;
    // The events sent again after an interruption (the server deduplicated them).
    qint64 resentCount() const;

    static QString stateName(RunState state);

private:
    static Entry entryFrom(const RunResult &row, const Redactor &redactor);

    RunRecord m_run;
    QJsonObject m_options;
    QVector<Entry> m_entries;
};
