#pragma once

#include "core/common/result.h"
#include "core/receiver/receivedrequest.h"
#include "core/schema/schemaset.h"

#include <QObject>
#include <QThread>

#include <functional>

class ReceivedEventStore;

// Keeps received events in the library from a thread of its own, so a busy, locked or full store
// never stalls the receiver: write() returns at once and `done` comes back on the caller's
// thread with an empty problem once the event is stored, or with why it was not.
class ReceivedEventWriter final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &problem)>;

    explicit ReceivedEventWriter(SchemaSet schemas, QObject *parent = nullptr);
    ~ReceivedEventWriter() override;

    // Opens `path` on the writer's thread; how long one write may wait for another writer.
    Result<> open(const QString &path, int busyTimeoutMs);
    void write(const ReceivedRequest &request, Done done);
    // Calls `done` once every write handed over before has finished (a duplicate's answer
    // waits for its first copy).
    void afterPendingWrites(Done done);

private:
    QThread m_thread;
    ReceivedEventStore *m_worker = nullptr; // lives on m_thread
};
