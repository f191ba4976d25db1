#include "core/schema/schemacompiler.h"
#include "core/json/jsonaccess.h"

#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonpointer.h"
#include "core/schema/schemaerrors.h"
#include "core/schema/schemaliterals.h"

#include <QHash>
#include <QUrl>

#include <vector>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

const QStringList &annotationKeywords()
{
    static const QStringList words = {QStringLiteral("$schema"), QStringLiteral("$id"),
        QStringLiteral("$comment"), QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("default"), QStringLiteral("examples"), QStringLiteral("readOnly"),
        QStringLiteral("writeOnly"), QStringLiteral("definitions")};
    return words;
}

const QStringList &assertionKeywords()
{
    static const QStringList words = {QStringLiteral("type"), QStringLiteral("properties"),
        QStringLiteral("required"), QStringLiteral("additionalProperties"),
        QStringLiteral("minProperties"), QStringLiteral("maxProperties"), QStringLiteral("items"),
        QStringLiteral("minItems"), QStringLiteral("maxItems"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"), QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"), QStringLiteral("exclusiveMaximum"),
        QStringLiteral("enum"), QStringLiteral("const"), QStringLiteral("allOf"),
        QStringLiteral("anyOf"), QStringLiteral("oneOf"), QStringLiteral("not"),
        QStringLiteral("format"), QStringLiteral("$ref")};
    return words;
}

const QStringList &extensionKeywords()
{
    static const QStringList words = {QStringLiteral("x-family"), QStringLiteral("x-assumption"),
        QStringLiteral("x-help"), QStringLiteral("x-widget"), QStringLiteral("x-suggestions"),
        QStringLiteral("x-processed-for-analytics"), QStringLiteral("x-unknown-properties"),
        QStringLiteral("x-findings"), QStringLiteral("x-errors")};
    return words;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

SchemaLiterals &literals(SchemaNode &node)
{
    if (!node.literals)
        node.literals = std::make_shared<SchemaLiterals>();
    return *node.literals;
}

// Walks one document, building nodes into the CompiledSchema; stops at the first error.
class Compilation
{
public:
    Compilation(std::deque<SchemaNode> &nodes, const QString &source, std::string_view text)
        : m_nodes(nodes)
        , m_source(source)
        , m_text(text)
    { }

    const SchemaNode *compile(element value, const QString &pointer, int depth);
    bool resolveRefs();
    bool rejectEndlessLoops();
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

private:
    bool fail(const QString &code, const QString &pointer, const QString &what);
    bool compileKeyword(
        SchemaNode &node, std::string_view key, element value, const QString &pointer, int depth);
    bool compileSchemaKeyword(
        SchemaNode &node, std::string_view key, element value, const QString &pointer, int depth);
    bool compileExtension(
        SchemaNode &node, std::string_view key, element value, const QString &pointer);
    bool compileFindingRules(SchemaNode &node, element value, const QString &pointer);
    bool compileErrorTexts(SchemaNode &node, element value, const QString &pointer);
    bool readCount(element value, const QString &pointer, std::optional<qint64> *out);
    bool readNumber(element value, const QString &pointer, std::optional<double> *out);
    bool readStringList(element value, const QString &pointer, QStringList *out);
    bool compileList(
        element value, const QString &pointer, int depth, std::vector<const SchemaNode *> *out);
    bool compileType(SchemaNode &node, element value, const QString &pointer);

    std::deque<SchemaNode> &m_nodes;
    QString m_source;
    std::string_view m_text;
    QHash<QString, const SchemaNode *> m_byPointer;
    std::vector<std::pair<SchemaNode *, QString>> m_refs; // node, decoded target pointer
    bool m_failed = false;
    Error m_error;
};

bool Compilation::fail(const QString &code, const QString &pointer, const QString &what)
{
    if (m_failed)
        return false;
    const TextPosition pos = JsonLocator(m_text).locate(pointer);
    QString where = m_source;
    if (pos.isValid())
        where += QStringLiteral(":%1:%2").arg(pos.line).arg(pos.column);
    m_error = {code, QStringLiteral("%1: %2 (at #%3)").arg(where, what, pointer)};
    m_failed = true;
    return false;
}

const SchemaNode *Compilation::compile(element value, const QString &pointer, int depth)
{
    if (m_failed)
        return nullptr;
    if (depth > 200) {
        fail(QStringLiteral("schema-too-deep"), pointer,
            QStringLiteral("the schema nests deeper than 200 levels"));
        return nullptr;
    }
    m_nodes.emplace_back();
    SchemaNode &node = m_nodes.back();
    node.location = QStringLiteral("#") + pointer;
    m_byPointer.insert(pointer, &node);
    if (value.is_bool()) {
        node.alwaysFalse = !value.get_bool().value();
        return &node;
    }
    if (!value.is_object()) {
        fail(QStringLiteral("invalid-schema"), pointer,
            QStringLiteral("a schema must be an object or a boolean"));
        return nullptr;
    }
    for (auto field : asObject(value)) {
        if (!compileKeyword(node, field.key, field.value, pointer, depth))
            return nullptr;
    }
    return &node;
}

bool Compilation::compileKeyword(
    SchemaNode &node, std::string_view key, element value, const QString &pointer, int depth)
{
    const QString name = toQString(key);
    const QString at = JsonPointer::append(pointer, name);
    if (name.startsWith(QLatin1String("x-")))
        return compileExtension(node, key, value, at);
    if (assertionKeywords().contains(name))
        return compileSchemaKeyword(node, key, value, at, depth);
    if (name == QLatin1String("definitions")) {
        if (!value.is_object())
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("`definitions` must be an object of schemas"));
        for (auto def : asObject(value))
            if (!compile(def.value, JsonPointer::append(at, toQString(def.key)), depth + 1))
                return false;
        return true;
    }
    if (name == QLatin1String("$id") && !pointer.isEmpty())
        return fail(QStringLiteral("unsupported-keyword"), at,
            QStringLiteral("`$id` inside a subschema (a new base URI) is not supported; "
                           "use it only at the root"));
    if (name == QLatin1String("title") && value.is_string())
        node.title = toQString(value.get_string().value());
    else if (name == QLatin1String("description") && value.is_string())
        node.description = toQString(value.get_string().value());
    if (annotationKeywords().contains(name))
        return true;
    return fail(QStringLiteral("unsupported-keyword"), at,
        QStringLiteral("the keyword `%1` is not supported by Eventsmith's validator, so "
                       "its rule would be ignored; remove it or use the supported "
                       "keywords: %2")
            .arg(name, assertionKeywords().join(QStringLiteral(", "))));
}

bool Compilation::compileType(SchemaNode &node, element value, const QString &pointer)
{
    static const QHash<QString, unsigned> bits = {{QStringLiteral("null"), NullType},
        {QStringLiteral("boolean"), BooleanType}, {QStringLiteral("integer"), IntegerType},
        {QStringLiteral("number"), NumberType}, {QStringLiteral("string"), StringType},
        {QStringLiteral("array"), ArrayType}, {QStringLiteral("object"), ObjectType}};
    QStringList names;
    if (value.is_string())
        names << toQString(value.get_string().value());
    else if (!readStringList(value, pointer, &names))
        return false;
    node.types = 0;
    for (const QString &n : names) {
        if (!bits.contains(n))
            return fail(QStringLiteral("invalid-schema"), pointer,
                QStringLiteral("unknown type `%1`").arg(n));
        node.types |= bits.value(n);
    }
    if (node.types & NumberType)
        node.types |= IntegerType;
    return true;
}

bool Compilation::compileSchemaKeyword(
    SchemaNode &node, std::string_view key, element value, const QString &at, int depth)
{
    if (key == "type")
        return compileType(node, value, at);
    if (key == "properties") {
        if (!value.is_object())
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("`properties` must be an object"));
        for (auto p : asObject(value)) {
            const SchemaNode *child
                = compile(p.value, JsonPointer::append(at, toQString(p.key)), depth + 1);
            if (!child)
                return false;
            node.properties.emplace_back(std::string(p.key), child);
        }
        return true;
    }
    if (key == "required") {
        QStringList names;
        if (!readStringList(value, at, &names))
            return false;
        for (const QString &n : names)
            node.required.push_back(n.toStdString());
        return true;
    }
    if (key == "additionalProperties") {
        if (value.is_bool() && value.get_bool().value())
            return true;
        node.additionalProperties = compile(value, at, depth + 1);
        return node.additionalProperties != nullptr;
    }
    if (key == "items") {
        if (value.is_array())
            return fail(QStringLiteral("unsupported-keyword"), at,
                QStringLiteral("`items` as an array (tuple validation) is not supported; "
                               "give one schema for every item"));
        node.items = compile(value, at, depth + 1);
        return node.items != nullptr;
    }
    if (key == "minItems")
        return readCount(value, at, &node.minItems);
    if (key == "maxItems")
        return readCount(value, at, &node.maxItems);
    if (key == "minLength")
        return readCount(value, at, &node.minLength);
    if (key == "maxLength")
        return readCount(value, at, &node.maxLength);
    if (key == "minProperties")
        return readCount(value, at, &node.minProperties);
    if (key == "maxProperties")
        return readCount(value, at, &node.maxProperties);
    if (key == "minimum")
        return readNumber(value, at, &node.minimum);
    if (key == "maximum")
        return readNumber(value, at, &node.maximum);
    if (key == "exclusiveMinimum")
        return readNumber(value, at, &node.exclusiveMinimum);
    if (key == "exclusiveMaximum")
        return readNumber(value, at, &node.exclusiveMaximum);
    if (key == "enum") {
        if (!value.is_array())
            return fail(
                QStringLiteral("invalid-schema"), at, QStringLiteral("`enum` must be an array"));
        node.hasEnum = true;
        literals(node); // an empty "enum" still has its (empty) list
        for (element v : asArray(value)) {
            literals(node).enumValues.push_back(v);
            std::string_view text;
            if (v.get_string().get(text) == simdjson::SUCCESS)
                node.enumStrings << QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
        return true;
    }
    if (key == "const") {
        literals(node).constValue = value;
        return true;
    }
    if (key == "allOf")
        return compileList(value, at, depth, &node.allOf);
    if (key == "anyOf")
        return compileList(value, at, depth, &node.anyOf);
    if (key == "oneOf")
        return compileList(value, at, depth, &node.oneOf);
    if (key == "not") {
        node.notSchema = compile(value, at, depth + 1);
        return node.notSchema != nullptr;
    }
    if (key == "format") {
        const std::string_view f = value.is_string() ? value.get_string().value() : "";
        if (f == "date-time")
            node.format = StringFormat::DateTime;
        else if (f == "date")
            node.format = StringFormat::Date;
        else if (f == "email")
            node.format = StringFormat::Email;
        else if (f == "uri")
            node.format = StringFormat::Uri;
        else
            return fail(QStringLiteral("unsupported-format"), at,
                QStringLiteral("the format `%1` is not supported; use date-time, date, "
                               "email or uri")
                    .arg(toQString(f)));
        return true;
    }
    // "$ref": resolved once the whole document is compiled.
    if (!value.is_string())
        return fail(
            QStringLiteral("invalid-schema"), at, QStringLiteral("`$ref` must be a string"));
    const QString ref = toQString(value.get_string().value());
    if (!ref.startsWith(QLatin1Char('#')))
        return fail(QStringLiteral("unsupported-ref"), at,
            QStringLiteral("only references inside the same document (`#/...`) are "
                           "supported, not `%1`")
                .arg(ref));
    const QString decoded = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
    m_refs.emplace_back(&node, decoded);
    return true;
}

bool Compilation::compileList(
    element value, const QString &pointer, int depth, std::vector<const SchemaNode *> *out)
{
    if (!value.is_array() || value.get_array().value().size() == 0)
        return fail(QStringLiteral("invalid-schema"), pointer,
            QStringLiteral("must be a non-empty array of schemas"));
    qsizetype index = 0;
    for (element item : asArray(value)) {
        const SchemaNode *child = compile(item, JsonPointer::append(pointer, index++), depth + 1);
        if (!child)
            return false;
        out->push_back(child);
    }
    return true;
}

bool Compilation::readCount(element value, const QString &pointer, std::optional<qint64> *out)
{
    double d = 0;
    if (value.is_int64())
        d = static_cast<double>(value.get_int64().value());
    else if (value.is_uint64())
        d = static_cast<double>(value.get_uint64().value());
    else if (value.is_double())
        d = value.get_double().value();
    else
        d = -1;
    if (d < 0 || d != static_cast<double>(static_cast<qint64>(d)))
        return fail(QStringLiteral("invalid-schema"), pointer,
            QStringLiteral("must be a non-negative integer"));
    *out = static_cast<qint64>(d);
    return true;
}

bool Compilation::readNumber(element value, const QString &pointer, std::optional<double> *out)
{
    if (value.is_int64())
        *out = static_cast<double>(value.get_int64().value());
    else if (value.is_uint64())
        *out = static_cast<double>(value.get_uint64().value());
    else if (value.is_double())
        *out = value.get_double().value();
    else
        return fail(QStringLiteral("invalid-schema"), pointer, QStringLiteral("must be a number"));
    return true;
}

bool Compilation::readStringList(element value, const QString &pointer, QStringList *out)
{
    if (!value.is_array())
        return fail(QStringLiteral("invalid-schema"), pointer,
            QStringLiteral("must be an array of strings"));
    for (element item : asArray(value)) {
        if (!item.is_string())
            return fail(QStringLiteral("invalid-schema"), pointer,
                QStringLiteral("must be an array of strings"));
        out->append(toQString(item.get_string().value()));
    }
    return true;
}

bool Compilation::compileExtension(
    SchemaNode &node, std::string_view key, element value, const QString &at)
{
    const QString name = toQString(key);
    if (!extensionKeywords().contains(name))
        return fail(QStringLiteral("unknown-annotation"), at,
            QStringLiteral("`%1` is not an Eventsmith annotation; known ones: %2")
                .arg(name, extensionKeywords().join(QStringLiteral(", "))));
    const QString text = value.is_string() ? toQString(value.get_string().value()) : QString();
    if (key == "x-assumption")
        node.assumption = text;
    else if (key == "x-help")
        node.description = node.description.isEmpty() ? text : node.description;
    else if (key == "x-widget")
        node.widget = text;
    else if (key == "x-suggestions")
        return readStringList(value, at, &node.suggestions);
    else if (key == "x-processed-for-analytics") {
        node.hasProcessedList = true;
        return readStringList(value, at, &node.processedForAnalytics);
    } else if (key == "x-unknown-properties") {
        if (text != QLatin1String("warning") && text != QLatin1String("allow"))
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("must be \"warning\" or \"allow\""));
        node.warnUnknownProperties = text == QLatin1String("warning");
    } else if (key == "x-findings")
        return compileFindingRules(node, value, at);
    else if (key == "x-errors")
        return compileErrorTexts(node, value, at);
    return true;
}

bool Compilation::compileFindingRules(SchemaNode &node, element value, const QString &pointer)
{
    if (!value.is_array())
        return fail(QStringLiteral("invalid-schema"), pointer, QStringLiteral("must be an array"));
    qsizetype index = 0;
    for (element item : asArray(value)) {
        const QString at = JsonPointer::append(pointer, index++);
        auto field = [&](const char *name) {
            auto v = item[name];
            return v.error() || !v.value().is_string() ? QString()
                                                       : toQString(v.value().get_string().value());
        };
        SchemaFindingRule rule;
        const QString when = field("when");
        const QString severity = field("severity");
        rule.code = field("code");
        rule.message = field("message");
        if (when == QLatin1String("empty"))
            rule.when = SchemaFindingRule::When::Empty;
        else if (when == QLatin1String("future"))
            rule.when = SchemaFindingRule::When::Future;
        else if (when != QLatin1String("present"))
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("`when` must be present, empty or future"));
        if (severity != QLatin1String("warning") && severity != QLatin1String("info"))
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("`severity` must be warning or info"));
        rule.isWarning = severity == QLatin1String("warning");
        if (rule.code.isEmpty() || rule.message.isEmpty())
            return fail(QStringLiteral("invalid-schema"), at,
                QStringLiteral("a finding needs a `code` and a `message`"));
        auto seconds = item["seconds"];
        if (!seconds.error() && seconds.value().is_int64())
            rule.futureSeconds = seconds.value().get_int64().value();
        node.findingRules.push_back(rule);
    }
    return true;
}

bool Compilation::compileErrorTexts(SchemaNode &node, element value, const QString &pointer)
{
    if (!value.is_object())
        return fail(QStringLiteral("invalid-schema"), pointer,
            QStringLiteral("must map keywords to {code, message}"));
    for (auto entry : asObject(value)) {
        auto code = entry.value["code"];
        auto message = entry.value["message"];
        if (code.error() || message.error() || !code.value().is_string()
            || !message.value().is_string())
            return fail(QStringLiteral("invalid-schema"),
                JsonPointer::append(pointer, toQString(entry.key)),
                QStringLiteral("needs a string `code` and `message`"));
        node.errorTexts.insert(toQString(entry.key),
            {toQString(code.value().get_string().value()),
                toQString(message.value().get_string().value())});
    }
    return true;
}

bool Compilation::resolveRefs()
{
    for (auto &[node, target] : m_refs) {
        const SchemaNode *resolved = m_byPointer.value(target);
        if (!resolved)
            return fail(QStringLiteral("unsupported-ref"), node->location.mid(1),
                QStringLiteral("`$ref` target `#%1` is not a schema in this document").arg(target));
        node->ref = resolved;
    }
    return true;
}

// The schemas a node checks against the very same value: its $ref target (its only one, as
// siblings of $ref are ignored), else the members of allOf, anyOf, oneOf and not.
std::vector<const SchemaNode *> sameValueEdges(const SchemaNode *node)
{
    if (node->ref)
        return {node->ref};
    std::vector<const SchemaNode *> edges;
    for (const auto *list : {&node->allOf, &node->anyOf, &node->oneOf})
        edges.insert(edges.end(), list->begin(), list->end());
    if (node->notSchema)
        edges.push_back(node->notSchema);
    return edges;
}

// A loop of $ref and combinators that never moves into a property or an item would make
// validation run forever ({"$ref": "#"}): refuse it when the schema loads. Iterative DFS with
// colours, so a deep schema cannot overflow the stack.
bool Compilation::rejectEndlessLoops()
{
    enum Colour { White, Grey, Black };
    QHash<const SchemaNode *, Colour> colour;
    for (const SchemaNode &start : m_nodes) {
        if (colour.value(&start, White) != White)
            continue;
        std::vector<std::pair<const SchemaNode *, size_t>> stack {{&start, 0}};
        colour.insert(&start, Grey);
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            const std::vector<const SchemaNode *> edges = sameValueEdges(node);
            if (next == edges.size()) {
                colour.insert(node, Black);
                stack.pop_back();
                continue;
            }
            const SchemaNode *child = edges[next++];
            const Colour seen = colour.value(child, White);
            if (seen == Grey)
                return fail(QStringLiteral("schema-loop"), node->location.mid(1),
                    QStringLiteral("this schema leads back to `%1` through $ref, allOf, anyOf, "
                                   "oneOf or not without moving into a property or an item, "
                                   "so validation would never end; break the loop")
                        .arg(child->location));
            if (seen == White) {
                colour.insert(child, Grey);
                stack.emplace_back(child, 0);
            }
        }
    }
    return true;
}

} // namespace

QStringList SchemaCompiler::supportedKeywords()
{
    return assertionKeywords() + annotationKeywords();
}

Result<std::shared_ptr<CompiledSchema>> SchemaCompiler::compile(
    const QByteArray &document, const QString &source)
{
    auto schema = std::make_shared<CompiledSchema>();
    schema->m_document = document;
    schema->m_source = source;
    schema->m_paddedDocument = std::make_unique<simdjson::padded_string>(
        document.constData(), static_cast<size_t>(document.size()));
    schema->m_parser = std::make_unique<simdjson::dom::parser>();
    auto parsed = schema->m_parser->parse(*schema->m_paddedDocument);
    const std::string_view text(document.constData(), static_cast<size_t>(document.size()));
    if (parsed.error()) {
        JsonParser checker;
        element ignored;
        JsonError why;
        checker.parse(text, &ignored, &why);
        return Error {SchemaErrors::NotJson,
            QStringLiteral("%1:%2:%3: %4")
                .arg(source)
                .arg(why.position.line)
                .arg(why.position.column)
                .arg(why.message)};
    }
    Compilation compilation(schema->m_nodes, source, text);
    const element root = parsed.value();
    schema->m_root = compilation.compile(root, QString(), 0);
    if (compilation.failed() || !compilation.resolveRefs() || !compilation.rejectEndlessLoops())
        return compilation.error();
    schema->readMetadata(root);
    return schema;
}
