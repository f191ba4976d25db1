#pragma once

#include "ui/library/libraryimporter.h"

#include <QObject>

#include <atomic>

class QThread;

// Runs a long import (an event file, a CSV file) on a thread of its own with a store connection
// of its own, so the dialog keeps painting and its Cancel button answers: progress comes back
// as signals, the question about events already in the set is asked on the dialog's thread,
// and cancel() stops the import with nothing stored.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    using Task = std::function<Result<LibraryImporter::Outcome>(LibraryImporter &importer)>;

    ImportJob(const QString &storePath, const Validator &validator, QObject *parent = nullptr);
    ~ImportJob() override; // cancels a running import and waits for it

    void setAskAlreadyThere(LibraryImporter::AskAlreadyThere ask) { m_ask = std::move(ask); }
    // Runs `task` on the job's thread; finished() follows, then takeResult() has its outcome.
    void start(Task task);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    Result<LibraryImporter::Outcome> takeResult();

signals:
    // total: events the pass goes through, 0 while not known (the check).
    void progress(qint64 done, qint64 total, bool storing);
    void finished();

private:
    void run(const Task &task);
    LibraryImporter::AlreadyThere askOnOwnThread(qint64 count, const QString &setName);

    QString m_storePath;
    const Validator &m_validator;
    LibraryImporter::AskAlreadyThere m_ask;
    std::atomic_bool m_cancel {false};
    QThread *m_thread = nullptr;
    Result<LibraryImporter::Outcome> m_result = Error {};
};
