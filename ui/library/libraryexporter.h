#pragma once

#include "core/common/result.h"
#include "core/io/eventwriter.h"

#include <QCoreApplication>

#include <functional>

class EventStore;
class SchemaSet;

// What the export dialog runs: a set (or every event) written to a file through the core
// EventExporter, as `eventsmith-cli export` does, replacing the file only when all went well;
// and the schemas as JSON Schema or OpenAPI 3.1 through SchemaExporter.
class LibraryExporter final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryExporter)

public:
    using Progress = std::function<void(qint64 done)>;

    // setId 0: every saved event in id order.
    static Result<qint64> exportEvents(EventStore &store, qint64 setId, EventWriter::Format format,
        const EventWriter::Options &options, const QString &path, const Progress &progress = {});
    // family empty: the OpenAPI 3.1 document; otherwise that family's JSON Schema.
    static Result<> exportSchema(
        const SchemaSet &schemas, const QString &family, const QString &path);
};
