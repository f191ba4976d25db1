#pragma once

#include "core/io/portableevent.h"

#include <QStringList>
#include <QVector>

// What an import found: the events, and everything it did not turn into an event, said out loud.
struct ImportReport
{
    QVector<PortableEvent> events;
    QStringList skipped; // requests that are not POSTs to the events endpoint, with why
    QStringList unsupported; // options or fields that were not applied
    QString apiKey; // a literal key found in the input; never part of an event
    QString apiKeyEnvVar; // the input referred to the key through this environment variable
    bool keyInQuery = false; // the key was sent as ?api_key= rather than a header
    QString urlTemplate; // the first events URL seen, with {eventType} in place of the family
};
