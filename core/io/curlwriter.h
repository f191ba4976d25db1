#pragma once

#include "core/io/eventwriter.h"

// cURL export: one command per event, ready to paste in a shell. The key is a reference to the
// target's environment variable ($EVENTSMITH_API_KEY), never the key itself.
class CurlWriter final : public EventWriter
{
public:
    explicit CurlWriter(const Options &options)
        : EventWriter(options)
    { }
    void write(const PortableEvent &event) override;
    void finish() override { }

    // `text` in single quotes for a POSIX shell.
    static QByteArray shellQuote(const QByteArray &text);

protected:
    void start() override;
};
