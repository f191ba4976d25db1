#pragma once

#include "core/io/inputreader.h"
#include "core/io/portableevent.h"

#include "core/common/result.h"

#include <functional>

// Streams the events of a set file, an NDJSON file or a bare payload through the InputReader
// (NDJSON is memory-mapped, one line at a time) as PortableEvents whose payload and expectation
// are the exact text of the file. Lines that do not parse are reported, not skipped silently.
class SetFileReader final
{
public:
    // `input` stays valid only during the call; `event` is empty when !input.parsed.
    using Visitor = std::function<void(const PortableEvent &event, const InputEvent &input)>;

    static Result<qint64> read(const QString &path, const Visitor &visit);
    static Result<qint64> readText(
        const QByteArray &text, const QString &name, const Visitor &visit);

private:
    static PortableEvent convert(const InputEvent &input);
};
