#pragma once

#include "core/schema/compiledschema.h"

#include "core/common/result.h"

#include <memory>

// Compiles a JSON Schema (draft-07 subset plus Eventsmith's x- annotations) into SchemaNodes.
// A keyword it cannot enforce is a load error naming the keyword and where it is, never
// silently ignored.
class SchemaCompiler final
{
public:
    // `source` names the document in messages (a file path or ":/schemas/emails.schema.json").
    static Result<std::shared_ptr<CompiledSchema>> compile(
        const QByteArray &document, const QString &source);
    // The keywords the compiler enforces (for the conformance tests and the docs).
    static QStringList supportedKeywords();
};
