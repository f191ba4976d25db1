#include "core/library/receivedeventwriter.h"

#include "core/library/receivedeventstore.h"

ReceivedEventWriter::ReceivedEventWriter(SchemaSet schemas, QObject *parent)
    : QObject(parent)
    , m_worker(new ReceivedEventStore(std::move(schemas)))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("received-event-writer"));
    m_thread.start();
}

// Writes already queued finish first (the blocking no-op waits for them); their answers are
// dropped with this object.
ReceivedEventWriter::~ReceivedEventWriter()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<> ReceivedEventWriter::open(const QString &path, int busyTimeoutMs)
{
    Result<> opened;
    QMetaObject::invokeMethod(
        m_worker, [&] { opened = m_worker->open(path, busyTimeoutMs); },
        Qt::BlockingQueuedConnection);
    return opened;
}

void ReceivedEventWriter::afterPendingWrites(Done done)
{
    QMetaObject::invokeMethod(m_worker, [this, done] {
        QMetaObject::invokeMethod(
            this, [done] { done(QString()); }, Qt::QueuedConnection);
    });
}

// The answer is posted back to this object, whose thread runs `done`; the writer thread ends
// before this object does, so `this` outlives every write.
void ReceivedEventWriter::write(const ReceivedRequest &request, Done done)
{
    QMetaObject::invokeMethod(m_worker, [this, request, done] {
        const QString problem = m_worker->keep(request);
        QMetaObject::invokeMethod(
            this, [done, problem] { done(problem); }, Qt::QueuedConnection);
    });
}
