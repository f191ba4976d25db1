#pragma once

#include <QDateTime>

// Where "now" comes from, so tests can control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    virtual qint64 monotonicMs() const = 0;
};
