#pragma once

#include "core/schema/compiledschema.h"

#include "core/common/result.h"

#include <map>
#include <memory>

#include <QCoreApplication>

// The four family schemas, built in or replaced from the user's files; the single source of
// truth for the validator, forms, docs, samples and exports.
class SchemaSet final
{
public:
    static QStringList knownFamilies(); // emails, calls, crm, social

    // The schemas compiled into the program (resources/schemas).
    static Result<SchemaSet> loadBuiltIn();
    // Replaces the family named by the document's "x-family" with the file's schema.
    // Returns that family.
    // A schema file is read up to MaxSchemaBytes (a device or FIFO named by mistake ends there).
    Result<QString> loadFile(const QString &path);
    static constexpr qint64 MaxSchemaBytes = qint64(16) << 20;
    Result<QString> loadDocument(const QByteArray &document, const QString &source);

    QStringList families() const;
    const CompiledSchema *schema(const QString &family) const;
    bool hasFamily(const QString &family) const { return schema(family) != nullptr; }

private:
    std::map<QString, std::shared_ptr<CompiledSchema>> m_schemas;

    Q_DECLARE_TR_FUNCTIONS(SchemaSet)
};
