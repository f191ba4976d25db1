#pragma once

#include "core/library/eventimporter.h"

#include <memory>

class CsvMapping;
struct ImportReport;

// The files an import reads, each as an EventImporter::Source that yields the same events on
// every pass: NDJSON or set files line by line, the events of a cURL, Postman or HAR report,
// and CSV rows through a column mapping.
namespace ImportSources {
// An event that is not JSON comes with one json-syntax error finding and its text as the payload.
EventImporter::Source eventFile(const QString &path);
EventImporter::Source report(std::shared_ptr<const ImportReport> report);
// Each pass resolves the templates afresh at one instant with one seed, so the stored events
// are the checked ones ({{uuid}}, {{random.*}} and {{now}} included).
EventImporter::Source csv(const QString &path, const CsvMapping &mapping, quint32 seed);
} // namespace ImportSources
