#pragma once

#include <QByteArray>
#include <QString>

class SchemaSet;

// Exports the schemas: one family as a standalone JSON Schema document, or the events
// endpoint as an OpenAPI 3.1 document (the four families as the path parameter, both auth
// modes, the documented success response, the schemas as components).
class SchemaExporter final
{
public:
    static QByteArray jsonSchema(const SchemaSet &schemas, const QString &family);
    static QByteArray openApi(const SchemaSet &schemas);
};
