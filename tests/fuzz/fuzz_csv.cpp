// Fuzzes CSV through a column mapping (RFC 4180 quoting, templates, typed columns): every row
// becomes an event or findings, and an unreadable file is an error with a message.
#include "tests/fuzz/fuzzcheck.h"

#include "core/common/manualclock.h"
#include "core/io/csvimporter.h"
#include "core/io/csvmapping.h"
#include "core/templates/templateresolver.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CsvMapping mapping = [] {
        auto made = CsvMapping::fromJson(R"({"family": "emails",
            "columns": {"Email": "to[0].email", "Name": "to[0].name", "Note": "body.text",
                        "Amount": {"field": "customMetadata.amount", "type": "number"}},
            "constants": {"eventType": "sent", "from": {"email": "sdr@example.com"}},
            "templates": {"eventTimestamp": "{{now}}", "subject": "Hi {{col.Name}} {{seq}}"},
            "name": "{{col.Email}}"})");
        FuzzCheck::require(made.ok(), "the fixed mapping did not load");
        return made.takeValue();
    }();
    static const ManualClock clock(
        QDateTime::fromString(QStringLiteral("2024-02-03T10:30:00Z"), Qt::ISODate));
    TemplateResolver resolver(&clock, 1);
    CsvImporter importer(mapping, resolver);
    QByteArray text = FuzzCheck::bytes(data, size);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    qint64 rows = 0;
    const auto read
        = importer.import(&buffer, QStringLiteral("f.csv"), [&rows](const CsvImporter::Row &row) {
              ++rows;
              FuzzCheck::require(row.line > 0, "a row without a line");
          });
    if (read)
        FuzzCheck::require(read.value() == rows, "rows counted and visited differ");
    else
        FuzzCheck::require(!read.error().message.isEmpty(), "refused without a message");
    return 0;
}
