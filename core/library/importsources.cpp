#include "core/library/importsources.h"

#include "core/common/manualclock.h"
#include "core/io/csvimporter.h"
#include "core/io/importreport.h"
#include "core/io/setfilereader.h"
#include "core/templates/templateresolver.h"

namespace ImportSources {

EventImporter::Source eventFile(const QString &path)
{
    return [path](const EventImporter::Visit &visit) {
        return SetFileReader::read(path, [&](PortableEvent event, const InputEvent &input) {
            Findings findings;
            if (!input.parsed) {
                findings.append({Severity::Error, QString(), QStringLiteral("json-syntax"),
                    input.error.message});
                event.payload = QByteArray(input.text.data(), qsizetype(input.text.size()));
            }
            visit(event, findings);
        });
    };
}

EventImporter::Source report(std::shared_ptr<const ImportReport> report)
{
    return [report](const EventImporter::Visit &visit) -> Result<qint64> {
        for (const PortableEvent &event : std::as_const(report->events))
            visit(event, {});
        return qint64(report->events.size());
    };
}

EventImporter::Source csv(const QString &path, const CsvMapping &mapping, quint32 seed)
{
    auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc());
    auto shared = std::make_shared<CsvMapping>(mapping);
    return [shared, clock, path, seed](const EventImporter::Visit &visit) {
        TemplateResolver resolver(clock.get(), seed);
        CsvImporter importer(*shared, resolver);
        return importer.importFile(
            path, [&](const CsvImporter::Row &row) { visit(row.event, row.findings); });
    };
}

} // namespace ImportSources
