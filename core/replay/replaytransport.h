#pragma once

#include "core/net/sendrequest.h"
#include "core/net/sendresult.h"

#include <QObject>

// Where the replay engine sends its requests: the real SenderTransport, or a scripted fake in
// tests, so the engine's scheduling can be checked with no network.
class ReplayTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts one POST and returns its id; finished() with that id always follows, never before
    // this returns (unless cancelled).
    virtual quint64 send(const SendRequest &request) = 0;
    // Aborts every exchange in flight; their finished() may or may not still arrive.
    virtual void cancelAll() = 0;

signals:
    void finished(const SendResult &result);
};
