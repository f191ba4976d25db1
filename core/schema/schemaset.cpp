#include "core/schema/schemaset.h"

#include "core/schema/schemacompiler.h"
#include "core/schema/schemaerrors.h"

#include "core/io/boundedreader.h"

#include <QFile>

QStringList SchemaSet::knownFamilies()
{
    return {QStringLiteral("emails"), QStringLiteral("calls"), QStringLiteral("crm"),
        QStringLiteral("social")};
}

Result<SchemaSet> SchemaSet::loadBuiltIn()
{
    SchemaSet set;
    for (const QString &family : knownFamilies()) {
        const QString path = QStringLiteral(":/schemas/%1.schema.json").arg(family);
        Result<QString> loaded = set.loadFile(path);
        if (!loaded)
            return loaded.error();
    }
    return set;
}

Result<QString> SchemaSet::loadFile(const QString &path)
{
    const Result<QByteArray> text = BoundedReader::readFile(path, MaxSchemaBytes);
    if (!text)
        return Error {SchemaErrors::Unreadable, tr("%1 (a schema file)").arg(text.error().message)};
    return loadDocument(text.value(), path);
}

Result<QString> SchemaSet::loadDocument(const QByteArray &document, const QString &source)
{
    auto compiled = SchemaCompiler::compile(document, source);
    if (!compiled)
        return compiled.error();
    std::shared_ptr<CompiledSchema> schema = compiled.takeValue();
    const QString family = schema->family();
    if (!knownFamilies().contains(family))
        return Error {SchemaErrors::Family,
            tr("%1: the schema must name its family in \"x-family\" "
               "(one of %2), found \"%3\"")
                .arg(source, knownFamilies().join(QStringLiteral(", ")), family)};
    m_schemas[family] = std::move(schema);
    return family;
}

QStringList SchemaSet::families() const
{
    QStringList names;
    for (const QString &family : knownFamilies())
        if (m_schemas.count(family))
            names << family;
    return names;
}

const CompiledSchema *SchemaSet::schema(const QString &family) const
{
    auto it = m_schemas.find(family);
    return it == m_schemas.end() ? nullptr : it->second.get();
}
