#pragma once

#include "core/net/targetconfig.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One POST to make: the target, the family that fills `{eventType}`, the body exactly as
// composed and the resolved API key (empty to send without one, e.g. to test a 401).
struct SendRequest
{
    TargetConfig target;
    QString family;
    QByteArray body;
    QString apiKey;
    quint16 receiverPort = 0; // fills `{port}` for the local receiver preset
};

Q_DECLARE_METATYPE(SendRequest)
