#pragma once

#include "core/io/eventwriter.h"

// HAR 1.2 export: one POST entry per event (no responses: nothing has been sent), the payload as
// postData.text, the key header as a reference to the target's environment variable, and the
// event's name and expectation under the custom `_eventsmith` field so they come back on import.
class HarWriter final : public EventWriter
{
public:
    explicit HarWriter(const Options &options)
        : EventWriter(options)
    { }
    void write(const PortableEvent &event) override;
    void finish() override;

protected:
    void start() override;
};
