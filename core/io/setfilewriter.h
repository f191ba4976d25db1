#pragma once

#include "core/io/eventwriter.h"

// A set file (*.events.json): pretty-printed, keys in a stable order (name, description,
// events; per event family, name, payload, expect) so it diffs well in git.
class SetFileWriter final : public EventWriter
{
public:
    explicit SetFileWriter(const Options &options)
        : EventWriter(options)
    { }
    void write(const PortableEvent &event) override;
    void finish() override;

protected:
    void start() override;
};
