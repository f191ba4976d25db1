#pragma once

#include "cli/cliio.h"

#include "core/dedup/collisiondetector.h"
#include "core/validation/payloadcheck.h"

#include <QString>
#include <QStringList>

#include <functional>

class JsonWriter;
class TemplateResolver;
class Validator;
struct InputEvent;

// One checked event as the validate and dedup commands print it.
struct ScannedEvent
{
    QString file; // the input path
    QString source; // "file.json", "events.ndjson:12", "set.events.json#/events/3"
    int index = 0; // position across all inputs
    bool templatesResolved = false; // checked (and dedup ID computed) after {{...}} resolution
    PayloadCheck check;
};

// Reads every input, checks each event (family declared, forced or detected; findings with
// positions; dedup ID) and marks dedup collisions across all inputs. With a resolver, payloads
// holding template variables are checked as they would be sent ({{seq}} = position, from 1),
// and unknown variables are error findings at their place in the input.
class EventScan final
{
public:
    EventScan(const Validator &validator, const QString &forcedFamily);

    // Calls `visit` per event; returns false (and prints why) when an input is unreadable.
    bool run(const QStringList &inputs, const CliIo &io,
        const std::function<void(ScannedEvent &)> &visit);
    void setResolver(TemplateResolver *resolver) { m_resolver = resolver; }
    int collisions() const { return m_collisions; }
    // The dedupId, dedupSource and dedupComponents members of machine output (the `validate
    // --format json` output in the README).
    static void writeDedup(JsonWriter &json, const DedupId &dedup);

private:
    bool checkResolved(const InputEvent &in, const QString &family, ScannedEvent &event);
    void markCollision(ScannedEvent &event);

    const Validator &m_validator;
    QString m_forcedFamily;
    CollisionDetector m_detector;
    QStringList m_sources;
    int m_collisions = 0;
    TemplateResolver *m_resolver = nullptr;
};
