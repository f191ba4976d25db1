#include "core/io/eventwriterfactory.h"

#include "core/io/curlwriter.h"
#include "core/io/harwriter.h"
#include "core/io/ndjsonwriter.h"
#include "core/io/postmanwriter.h"
#include "core/io/setfilewriter.h"

std::unique_ptr<EventWriter> EventWriterFactory::create(
    EventWriter::Format format, const EventWriter::Options &options)
{
    switch (format) {
    case EventWriter::Format::Postman:
        return std::make_unique<PostmanWriter>(options);
    case EventWriter::Format::Curl:
        return std::make_unique<CurlWriter>(options);
    case EventWriter::Format::Har:
        return std::make_unique<HarWriter>(options);
    case EventWriter::Format::Ndjson:
        return std::make_unique<NdjsonWriter>(options);
    case EventWriter::Format::SetFile:
        break;
    }
    return std::make_unique<SetFileWriter>(options);
}
