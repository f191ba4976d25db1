#pragma once

#include "core/io/eventwriter.h"

// NDJSON export: one {"family", "name", "payload", "expect"} object per line, the payload
// minified token for token.
class NdjsonWriter final : public EventWriter
{
public:
    explicit NdjsonWriter(const Options &options)
        : EventWriter(options)
    { }
    void write(const PortableEvent &event) override;
    void finish() override { }

protected:
    void start() override { }
};
