#pragma once

#include "core/io/eventwriter.h"

#include <memory>

// Makes the writer for an export format. Kept apart from EventWriter so the base class does not
// know the classes that derive from it.
class EventWriterFactory final
{
public:
    static std::unique_ptr<EventWriter> create(
        EventWriter::Format format, const EventWriter::Options &options);
};
