#include "core/schema/schemaexporter.h"
#include "core/common/version.h"

#include "core/schema/schemaset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kPath = QStringLiteral("/api/v2/analytics/webhook/receive/generic/{eventType}");
const QString kOlderPath
    = QStringLiteral("/api/v2/analytics/webhook/receive/generic/generic/{eventType}");
const QString kComponents = QStringLiteral("#/components/schemas/");

// Re-indents JSON text with two spaces without reordering keys or rewriting numbers (a
// QJsonDocument round trip would sort the keys and lose the document's reading order).
class Reindenter final
{
public:
    explicit Reindenter(const QByteArray &text)
        : m_text(text)
    { }

    QByteArray run()
    {
        m_out.reserve(m_text.size() + m_text.size() / 4);
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos)
            step(m_text.at(m_pos));
        m_out.append('\n');
        return m_out;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    void step(char c)
    {
        if (isSpace(c))
            return;
        switch (c) {
        case '"':
            copyString();
            return;
        case '{':
        case '[':
            m_out.append(c);
            if (nextSignificant() == (c == '{' ? '}' : ']'))
                return; // keep "{}" and "[]" on one line
            ++m_depth;
            newline();
            return;
        case '}':
        case ']':
            if (m_out.endsWith(c == '}' ? '{' : '[')) {
                m_out.append(c);
                return;
            }
            --m_depth;
            newline();
            m_out.append(c);
            return;
        case ',':
            m_out.append(',');
            newline();
            return;
        case ':':
            m_out.append(": ");
            return;
        default:
            m_out.append(c);
        }
    }

    void copyString()
    {
        const qsizetype start = m_pos;
        for (++m_pos; m_pos < m_text.size() && m_text.at(m_pos) != '"'; ++m_pos)
            if (m_text.at(m_pos) == '\\')
                ++m_pos;
        m_out.append(m_text.mid(start, m_pos - start + 1));
    }

    char nextSignificant() const
    {
        for (qsizetype i = m_pos + 1; i < m_text.size(); ++i)
            if (!isSpace(m_text.at(i)))
                return m_text.at(i);
        return '\0';
    }

    void newline()
    {
        m_out.append('\n');
        m_out.append(QByteArray(2 * m_depth, ' '));
    }

    const QByteArray &m_text;
    QByteArray m_out;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

QString upperFirst(const QString &name)
{
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

QString componentName(const QString &family)
{
    return upperFirst(family) + QStringLiteral("Event");
}

QString definitionName(const QString &family, const QString &definition)
{
    return upperFirst(family) + upperFirst(definition);
}

// Points a document-local $ref at the same node after the move into components/schemas.
QString rewriteRef(const QString &ref, const QString &family)
{
    static const QString definitions = QStringLiteral("#/definitions/");
    if (ref.startsWith(definitions)) {
        const QString rest = ref.mid(definitions.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const QString name = slash < 0 ? rest : rest.left(slash);
        return kComponents + definitionName(family, name)
            + (slash < 0 ? QString() : rest.mid(slash));
    }
    if (ref == QStringLiteral("#") || ref.startsWith(QStringLiteral("#/")))
        return kComponents + componentName(family) + ref.mid(1);
    return ref;
}

QJsonValue rewriteRefs(const QJsonValue &value, const QString &family)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(rewriteRefs(item, family));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key() == QStringLiteral("$ref") && it.value().isString())
            it.value() = rewriteRef(it.value().toString(), family);
        else
            it.value() = rewriteRefs(it.value(), family);
    }
    return out;
}

// Adds one family's schema, and its definitions as sibling components, to `schemas`.
void addFamilySchemas(QJsonObject &schemas, const QString &family, const QByteArray &document)
{
    QJsonObject root = QJsonDocument::fromJson(document).object();
    root.remove(QStringLiteral("$schema")); // the dialect is the one OpenAPI 3.1 declares
    const QJsonObject definitions = root.take(QStringLiteral("definitions")).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        schemas.insert(definitionName(family, it.key()), rewriteRefs(it.value(), family));
    schemas.insert(componentName(family), rewriteRefs(root, family));
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    return QJsonObject(pairs);
}

QJsonObject typed(const QString &type, const QString &description)
{
    return object({{QStringLiteral("type"), type}, {QStringLiteral("description"), description}});
}

QJsonObject metadataSchema()
{
    QJsonObject timestamp
        = typed(QStringLiteral("string"), QStringLiteral("When the server answered."));
    timestamp.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    const QJsonObject properties = object({
        {QStringLiteral("requestId"),
            typed(QStringLiteral("string"),
                QStringLiteral("The server's ID for this request; quote it to support."))},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("usage"),
            object({{QStringLiteral("description"),
                QStringLiteral("Usage accounting; its shape is not documented.")}})},
        {QStringLiteral("message"),
            typed(QStringLiteral("string"), QStringLiteral("A human-readable status."))},
    });
    QJsonObject schema
        = typed(QStringLiteral("object"), QStringLiteral("Metadata the API adds to every answer."));
    schema.insert(QStringLiteral("properties"), properties);
    return schema;
}

QJsonObject successSchema()
{
    QJsonObject connection
        = typed(QStringLiteral("object"), QStringLiteral("How the event was routed."));
    connection.insert(QStringLiteral("properties"),
        object({
            {QStringLiteral("providerName"),
                typed(QStringLiteral("string"),
                    QStringLiteral("The provider the event was filed under."))},
            {QStringLiteral("shouldProcess"),
                typed(QStringLiteral("boolean"),
                    QStringLiteral("Whether the event will be processed for analytics."))},
            {QStringLiteral("connectionMethod"),
                typed(QStringLiteral("string"),
                    QStringLiteral("How the workspace connection was made."))},
        }));
    QJsonObject schema
        = typed(QStringLiteral("object"), QStringLiteral("The documented success envelope."));
    schema.insert(QStringLiteral("required"),
        QJsonArray {QStringLiteral("_metadata"), QStringLiteral("received")});
    schema.insert(QStringLiteral("properties"),
        object({
            {QStringLiteral("_metadata"),
                object(
                    {{QStringLiteral("$ref"), QString(kComponents + QStringLiteral("Metadata"))}})},
            {QStringLiteral("received"),
                typed(QStringLiteral("boolean"), QStringLiteral("The event was received."))},
            {QStringLiteral("connection"), connection},
            {QStringLiteral("additionalData"),
                typed(QStringLiteral("object"), QStringLiteral("Extra data; empty in the docs."))},
        }));
    return schema;
}

QJsonObject errorSchema()
{
    QJsonObject schema = typed(QStringLiteral("object"),
        QStringLiteral("Error envelope of the API's other endpoints "
                       "(undocumented for this one)."));
    schema.insert(QStringLiteral("properties"),
        object({
            {QStringLiteral("_metadata"),
                object(
                    {{QStringLiteral("$ref"), QString(kComponents + QStringLiteral("Metadata"))}})},
            {QStringLiteral("message"),
                typed(QStringLiteral("string"),
                    QStringLiteral("What went wrong, e.g. \"Invalid API key\"."))},
        }));
    return schema;
}

QJsonObject jsonResponse(const QString &description, const QString &schema)
{
    const QJsonObject media = object({{QStringLiteral("schema"),
        object({{QStringLiteral("$ref"), QString(kComponents + schema)}})}});
    return object({{QStringLiteral("description"), description},
        {QStringLiteral("content"), object({{QStringLiteral("application/json"), media}})}});
}

QJsonObject responses()
{
    const QString error = QStringLiteral("ErrorResponse");
    QJsonObject tooMany = object({{QStringLiteral("description"),
        QStringLiteral("Rate limited; retry after the Retry-After header.")}});
    return object({
        {QStringLiteral("200"),
            jsonResponse(
                QStringLiteral("The event was received."), QStringLiteral("SuccessResponse"))},
        {QStringLiteral("400"), jsonResponse(QStringLiteral("Malformed request."), error)},
        {QStringLiteral("401"), jsonResponse(QStringLiteral("Missing or invalid API key."), error)},
        {QStringLiteral("403"),
            jsonResponse(QStringLiteral("The API key may not do this."), error)},
        {QStringLiteral("429"), tooMany},
    });
}

QJsonObject requestBody(const QStringList &families)
{
    QJsonArray oneOf;
    for (const QString &family : families)
        oneOf.append(
            object({{QStringLiteral("$ref"), QString(kComponents + componentName(family))}}));
    const QJsonObject media
        = object({{QStringLiteral("schema"), object({{QStringLiteral("oneOf"), oneOf}})}});
    return object({{QStringLiteral("required"), true},
        {QStringLiteral("description"),
            QStringLiteral("One event of the family named in the path.")},
        {QStringLiteral("content"), object({{QStringLiteral("application/json"), media}})}});
}

QJsonObject eventTypeParameter(const QStringList &families)
{
    QJsonArray values;
    for (const QString &family : families)
        values.append(family);
    return object({{QStringLiteral("name"), QStringLiteral("eventType")},
        {QStringLiteral("in"), QStringLiteral("path")}, {QStringLiteral("required"), true},
        {QStringLiteral("description"),
            QStringLiteral("The event family (the body's `eventType` is the sub-type).")},
        {QStringLiteral("schema"),
            object({{QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("enum"), values}})}});
}

QJsonObject operation(const QStringList &families, const QStringList &pathFamilies, bool older)
{
    QJsonObject post = object({
        {QStringLiteral("operationId"),
            older ? QStringLiteral("logEventOlderPath") : QStringLiteral("logEvent")},
        {QStringLiteral("summary"), QStringLiteral("Log an event")},
        {QStringLiteral("description"),
            older ? QStringLiteral("The older form of the same endpoint, as an earlier version of "
                                   "the docs shows it (without `social`).")
                  : QStringLiteral("Push one email, call, CRM or social event into the workspace "
                                   "of the API key.")},
        {QStringLiteral("parameters"), QJsonArray {eventTypeParameter(pathFamilies)}},
        {QStringLiteral("requestBody"), requestBody(families)},
        {QStringLiteral("responses"), responses()},
    });
    if (older)
        post.insert(QStringLiteral("deprecated"), true);
    return object({{QStringLiteral("post"), post}});
}

QJsonObject securitySchemes()
{
    auto apiKey = [](const QString &in, const QString &description) {
        return object({{QStringLiteral("type"), QStringLiteral("apiKey")},
            {QStringLiteral("in"), in}, {QStringLiteral("name"), QStringLiteral("api_key")},
            {QStringLiteral("description"), description}});
    };
    return object({
        {QStringLiteral("apiKeyHeader"),
            apiKey(QStringLiteral("header"),
                QStringLiteral("The workspace API key in the `api_key` header."))},
        {QStringLiteral("apiKeyQuery"),
            apiKey(QStringLiteral("query"),
                QStringLiteral("The workspace API key as the `api_key` query parameter."))},
    });
}

} // namespace

QByteArray SchemaExporter::jsonSchema(const SchemaSet &schemas, const QString &family)
{
    const CompiledSchema *schema = schemas.schema(family);
    if (!schema)
        return {};
    return Reindenter(schema->document().trimmed()).run();
}

QByteArray SchemaExporter::openApi(const SchemaSet &schemas)
{
    const QStringList families = schemas.families();
    QJsonObject components;
    for (const QString &family : families)
        addFamilySchemas(components, family, schemas.schema(family)->document());
    components.insert(QStringLiteral("Metadata"), metadataSchema());
    components.insert(QStringLiteral("SuccessResponse"), successSchema());
    components.insert(QStringLiteral("ErrorResponse"), errorSchema());

    QStringList olderFamilies = families;
    olderFamilies.removeAll(QStringLiteral("social"));
    const QJsonObject info = object({
        {QStringLiteral("title"), QStringLiteral("Octave generic events API")},
        {QStringLiteral("version"), QStringLiteral("v2")},
        {QStringLiteral("description"),
            QStringLiteral("The Log Event endpoint, exported by Eventsmith " EVENTSMITH_VERSION
                           " from its event schemas.")},
    });
    const QJsonObject document = object({
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"), info},
        {QStringLiteral("servers"),
            QJsonArray {
                object({{QStringLiteral("url"), QStringLiteral("https://app.octavehq.com")}})}},
        {QStringLiteral("paths"),
            object({{kPath, operation(families, families, false)},
                {kOlderPath, operation(families, olderFamilies, true)}})},
        {QStringLiteral("components"),
            object({{QStringLiteral("schemas"), components},
                {QStringLiteral("securitySchemes"), securitySchemes()}})},
        {QStringLiteral("security"),
            QJsonArray {object({{QStringLiteral("apiKeyHeader"), QJsonArray()}}),
                object({{QStringLiteral("apiKeyQuery"), QJsonArray()}})}},
    });
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
