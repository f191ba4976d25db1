#include "core/validation/validator.h"

#include "core/validation/nodevalidator.h"

#include "core/json/jsonlocator.h"
#include "core/schema/schemaset.h"

#include <QHash>

Validator::Validator(const SchemaSet &schemas, const Clock *clock)
    : m_schemas(schemas)
    , m_clock(clock)
{ }

Findings Validator::validate(const QString &family, simdjson::dom::element payload) const
{
    Findings findings;
    const CompiledSchema *schema = m_schemas.schema(family);
    if (!schema || !schema->root()) {
        findings.append({Severity::Error, QString(), QStringLiteral("unknown-family"),
            QStringLiteral("\"%1\" is not a family; use one of: %2")
                .arg(family, m_schemas.families().join(QStringLiteral(", ")))});
        return findings;
    }
    NodeValidator(m_clock).validate(schema->root(), payload, findings);
    return findings;
}

void Validator::locate(
    Findings &findings, std::string_view text, const QString &prefix, int firstLine)
{
    if (findings.isEmpty())
        return;
    const JsonLocator locator(text);
    QHash<QString, TextPosition> cache;
    for (Finding &f : findings) {
        auto it = cache.constFind(f.path);
        if (it == cache.constEnd())
            it = cache.insert(f.path, locator.locate(prefix + f.path));
        if (!it->isValid())
            continue;
        f.offset = it->offset;
        f.line = it->line + firstLine - 1;
        f.column = it->column;
    }
}
