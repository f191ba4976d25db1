#pragma once

#include "core/io/csvmapping.h"
#include "core/io/portableevent.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

class TemplateResolver;

// Streams a CSV file through a CsvMapping: one event per row, handed to a visitor together with
// the row's mapping findings (bad cells, unknown template variables). Nothing is kept in memory
// but the current row, so the caller decides what to hold.
class CsvImporter final
{
public:
    struct Row
    {
        int line = 0; // where the row starts in the file
        PortableEvent event;
        Findings findings;
    };
    using Visitor = std::function<void(const Row &)>;

    CsvImporter(const CsvMapping &mapping, TemplateResolver &resolver)
        : m_mapping(mapping)
        , m_resolver(resolver)
    { }

    // Returns the number of rows; an Error when the file cannot be read, has no header, lacks a
    // mapped column or ends inside a quoted field.
    Result<qint64> import(QIODevice *device, const QString &name, const Visitor &visit);
    Result<qint64> importFile(const QString &path, const Visitor &visit);
    QStringList header() const { return m_header; }

private:
    const CsvMapping &m_mapping;
    TemplateResolver &m_resolver;
    QStringList m_header;

    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
};
