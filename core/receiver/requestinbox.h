#pragma once

#include "core/receiver/receivedrequest.h"

#include <QVector>

// The last N requests the receiver saw, oldest first: a ring buffer so a long run keeps memory
// bounded while the newest requests stay visible. Bounded by bytes too: 1,000 bodies of 10 MB
// would be 10 GB, so the oldest go once the kept bodies and paths pass the byte budget.
class RequestInbox final
{
public:
    static constexpr qint64 DefaultByteBudget = qint64(64) << 20;

    explicit RequestInbox(int capacity = 1000, qint64 byteBudget = DefaultByteBudget);

    void append(ReceivedRequest request);
    QVector<ReceivedRequest> entries() const; // oldest first
    const ReceivedRequest *latest() const;
    int size() const { return m_count; }
    int capacity() const { return m_slots.size(); }
    // Keeps the newest entries that still fit.
    void setCapacity(int capacity);
    void clear();
    qint64 bytes() const { return m_bytes; }

private:
    static qint64 bytesOf(const ReceivedRequest &request);
    void dropOldest();

    QVector<ReceivedRequest> m_slots;
    qint64 m_byteBudget;
    qint64 m_bytes = 0;
    int m_next = 0; // slot the next request goes to
    int m_count = 0;
};
