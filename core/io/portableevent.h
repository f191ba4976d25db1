#pragma once

#include <QByteArray>
#include <QString>

// One event as it travels between formats (set file, NDJSON, cURL, Postman, HAR, CSV): the
// payload and expectation are JSON text kept exactly as written, so a round trip changes nothing.
struct PortableEvent
{
    QString family; // empty when the source did not say; detected from the payload later
    QString name;
    QByteArray payload;
    QByteArray expect; // JSON object text, empty when the event states no expectation
    QString source; // "file.har#3", "file.csv:12": where it came from, for messages
};
