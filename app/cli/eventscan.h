#pragma once

#include "cliio.h"

#include "dedup/collisiondetector.h"
#include "validation/payloadcheck.h"

#include <QString>
#include <QStringList>

#include <functional>

class JsonWriter;
class Validator;

// One checked event as the validate and dedup commands print it.
struct ScannedEvent
{
    QString file;   // the input path
    QString source; // "file.json", "events.ndjson:12", "set.events.json#/events/3"
    int index = 0;  // position across all inputs
    PayloadCheck check;
};

// Reads every input, checks each event (family declared, forced or detected; findings with
// positions; dedup ID) and marks dedup collisions across all inputs.
class EventScan final
{
public:
    EventScan(const Validator &validator, const QString &forcedFamily);

    // Calls `visit` per event; returns false (and prints why) when an input is unreadable.
    bool run(const QStringList &inputs, const CliIo &io,
             const std::function<void(ScannedEvent &)> &visit);
    int collisions() const { return m_collisions; }
    // The dedupId, dedupSource and dedupComponents members of machine output (design §4).
    static void writeDedup(JsonWriter &json, const DedupId &dedup);

private:
    void markCollision(ScannedEvent &event);

    const Validator &m_validator;
    QString m_forcedFamily;
    CollisionDetector m_detector;
    QStringList m_sources;
    int m_collisions = 0;
};
