#pragma once

#include "core/receiver/receivedrequest.h"

#include <QVector>

// The last N requests the receiver saw, oldest first: a ring buffer so a long run keeps memory
// bounded while the newest requests stay visible.
class RequestInbox final
{
public:
    explicit RequestInbox(int capacity = 1000);

    void append(ReceivedRequest request);
    QVector<ReceivedRequest> entries() const; // oldest first
    const ReceivedRequest *latest() const;
    int size() const { return m_count; }
    int capacity() const { return m_slots.size(); }
    // Keeps the newest entries that still fit.
    void setCapacity(int capacity);
    void clear();

private:
    QVector<ReceivedRequest> m_slots;
    int m_next = 0; // slot the next request goes to
    int m_count = 0;
};
