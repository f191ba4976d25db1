#include "core/io/csvimporter.h"

#include "core/io/csvreader.h"

#include "core/io/ioerrors.h"
#include "core/templates/templateresolver.h"

#include <QFile>
#include <QFileInfo>

Result<qint64> CsvImporter::importFile(const QString &path, const Visitor &visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            IoErrors::Unreadable, tr("%1: cannot read: %2").arg(path, file.errorString())};
    return import(&file, QFileInfo(path).fileName(), visit);
}

Result<qint64> CsvImporter::import(QIODevice *device, const QString &name, const Visitor &visit)
{
    CsvReader reader(device);
    if (!reader.readRow(&m_header))
        return Error {IoErrors::CsvEmpty,
            reader.errorString().isEmpty()
                ? QStringLiteral("%1: no header row").arg(name)
                : QStringLiteral("%1: %2").arg(name, reader.errorString())};
    for (QString &column : m_header)
        column = column.trimmed();
    const QStringList missing = m_mapping.missingColumns(m_header);
    if (!missing.isEmpty())
        return Error {IoErrors::CsvMissingColumn,
            tr("%1: the mapping names columns the header lacks: %2 "
               "(header: %3)")
                .arg(
                    name, missing.join(QStringLiteral(", ")), m_header.join(QStringLiteral(", ")))};
    qint64 count = 0;
    QStringList cells;
    QHash<QString, QString> row;
    while (reader.readRow(&cells)) {
        row.clear();
        for (int i = 0; i < m_header.size(); ++i)
            row.insert(m_header.at(i), cells.value(i));
        Row out;
        out.line = reader.rowLine();
        m_resolver.setSeq(++count);
        out.event.family = m_mapping.family;
        out.event.source = QStringLiteral("%1:%2").arg(name).arg(out.line);
        out.event.payload = m_mapping.apply(row, m_resolver, &out.findings);
        out.event.name = m_mapping.nameTemplate.isEmpty()
            ? out.event.source
            : m_resolver.resolveText(m_mapping.nameTemplate, &out.findings);
        if (cells.size() != m_header.size())
            out.findings.append({Severity::Warning, QString(), QStringLiteral("csv-cell-count"),
                QStringLiteral("the row has %1 cells, the header %2")
                    .arg(cells.size())
                    .arg(m_header.size())});
        visit(out);
    }
    if (!reader.errorString().isEmpty())
        return Error {
            IoErrors::CsvSyntax, QStringLiteral("%1: %2").arg(name, reader.errorString())};
    return count;
}
