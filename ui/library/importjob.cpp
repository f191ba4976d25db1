#include "ui/library/importjob.h"

#include "core/storage/eventstore.h"

#include <QThread>

ImportJob::ImportJob(const QString &storePath, const Validator &validator, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_validator(validator)
{ }

ImportJob::~ImportJob()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

void ImportJob::start(Task task)
{
    m_cancel = false;
    m_result = Error {};
    m_thread = QThread::create([this, task] { run(task); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

Result<LibraryImporter::Outcome> ImportJob::takeResult()
{
    return std::exchange(m_result, Error {});
}

// On the job's thread: its own store connection (SQLite connections do not cross threads); the
// key hand-off, which needs the keychain, is left to imports that run on the dialog's thread.
void ImportJob::run(const Task &task)
{
    EventStore store;
    if (auto opened = store.open(m_storePath); !opened) {
        m_result = opened.error();
        return;
    }
    LibraryImporter importer(store, m_validator);
    importer.setProgress(
        [this](qint64 done, qint64 total, bool storing) { emit progress(done, total, storing); });
    importer.setCancelRequested([this] { return m_cancel.load(); });
    if (m_ask)
        importer.setAskAlreadyThere([this](qint64 count, const QString &setName) {
            return askOnOwnThread(count, setName);
        });
    m_result = task(importer);
}

LibraryImporter::AlreadyThere ImportJob::askOnOwnThread(qint64 count, const QString &setName)
{
    auto answer = LibraryImporter::AlreadyThere::Cancel;
    QMetaObject::invokeMethod(
        this, [&] { answer = m_ask(count, setName); }, Qt::BlockingQueuedConnection);
    return answer;
}
