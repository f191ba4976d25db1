#include "core/receiver/requestinbox.h"

#include <algorithm>

RequestInbox::RequestInbox(int capacity)
    : m_slots(std::max(1, capacity))
{ }

void RequestInbox::append(ReceivedRequest request)
{
    m_slots[m_next] = std::move(request);
    m_next = (m_next + 1) % m_slots.size();
    m_count = std::min(m_count + 1, int(m_slots.size()));
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
    for (ReceivedRequest &request : kept)
        append(std::move(request));
}

void RequestInbox::clear()
{
    m_slots = QVector<ReceivedRequest>(m_slots.size());
    m_next = 0;
    m_count = 0;
}
