#include "core/schema/compiledschema.h"

#include "core/json/jsonaccess.h"

namespace {

QString stringAt(simdjson::dom::element root, const char *key)
{
    auto v = root[key];
    if (v.error() || !v.value().is_string())
        return QString();
    const std::string_view s = v.value().get_string().value();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

CompiledSchema::CompiledSchema() = default;
CompiledSchema::~CompiledSchema() = default;

void CompiledSchema::readMetadata(simdjson::dom::element root)
{
    if (!root.is_object())
        return;
    m_family = stringAt(root, "x-family");
    m_title = stringAt(root, "title");
    m_description = stringAt(root, "description");
    auto examples = root["examples"];
    if (examples.error() || !examples.value().is_array())
        return;
    for (simdjson::dom::element example : asArray(examples.value())) {
        const std::string text = simdjson::minify(example);
        m_examples.append(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    }
}

QStringList CompiledSchema::fieldNames() const
{
    QStringList names;
    if (!m_root)
        return names;
    for (const auto &p : m_root->resolved()->properties)
        names << QString::fromStdString(p.first);
    return names;
}

QStringList CompiledSchema::requiredFields() const
{
    QStringList names;
    if (!m_root)
        return names;
    for (const auto &r : m_root->resolved()->required)
        names << QString::fromStdString(r);
    return names;
}

const SchemaNode *CompiledSchema::field(const QString &name) const
{
    if (!m_root)
        return nullptr;
    const SchemaNode *node = m_root->resolved()->property(name.toStdString());
    return node ? node->resolved() : nullptr;
}

QStringList CompiledSchema::subTypes() const
{
    const SchemaNode *node = field(QStringLiteral("eventType"));
    return node ? node->enumStrings : QStringList();
}

QStringList CompiledSchema::processedSubTypes() const
{
    const SchemaNode *node = field(QStringLiteral("eventType"));
    if (!node)
        return {};
    return node->hasProcessedList ? node->processedForAnalytics : subTypes();
}

bool CompiledSchema::isProcessed(const QString &subType) const
{
    return processedSubTypes().contains(subType);
}
