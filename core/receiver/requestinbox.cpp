#include "core/receiver/requestinbox.h"

#include <algorithm>

RequestInbox::RequestInbox(int capacity, qint64 byteBudget)
    : m_slots(std::max(1, capacity))
    , m_byteBudget(byteBudget)
{ }

qint64 RequestInbox::bytesOf(const ReceivedRequest &request)
{
    return request.body.size() + request.responseBody.size() + request.path.size() * 2;
}

void RequestInbox::dropOldest()
{
    const int first = (m_next - m_count + m_slots.size()) % m_slots.size();
    m_bytes -= bytesOf(m_slots.at(first));
    m_slots[first] = ReceivedRequest();
    --m_count;
}

void RequestInbox::append(ReceivedRequest request)
{
    const qint64 size = bytesOf(request);
    if (m_count == m_slots.size())
        dropOldest(); // its slot is the one written now
    while (m_count > 0 && m_bytes + size > m_byteBudget)
        dropOldest();
    m_bytes += size;
    m_slots[m_next] = std::move(request);
    m_next = (m_next + 1) % m_slots.size();
    ++m_count;
}

QVector<ReceivedRequest> RequestInbox::entries() const
{
    QVector<ReceivedRequest> result;
    result.reserve(m_count);
    const int first = (m_next - m_count + m_slots.size()) % m_slots.size();
    for (int i = 0; i < m_count; ++i)
        result.append(m_slots.at((first + i) % m_slots.size()));
    return result;
}

const ReceivedRequest *RequestInbox::latest() const
{
    if (m_count == 0)
        return nullptr;
    return &m_slots.at((m_next - 1 + m_slots.size()) % m_slots.size());
}

void RequestInbox::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_slots.size())
        return;
    QVector<ReceivedRequest> kept = entries();
    if (kept.size() > capacity)
        kept.erase(kept.begin(), kept.end() - capacity);
    m_slots = QVector<ReceivedRequest>(capacity);
    m_next = 0;
    m_count = 0;
    m_bytes = 0;
    for (ReceivedRequest &request : kept)
        append(std::move(request));
}

void RequestInbox::clear()
{
    m_slots = QVector<ReceivedRequest>(m_slots.size());
    m_next = 0;
    m_count = 0;
    m_bytes = 0;
}
