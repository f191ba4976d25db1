#include "core/schema/schemaexporter.h"
#include "core/schema/schemaset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kPath = QStringLiteral("/api/v2/analytics/webhook/receive/generic/{eventType}");
const QString kOlderPath
    = QStringLiteral("/api/v2/analytics/webhook/receive/generic/generic/{eventType}");

QByteArray readResource(const QString &family)
{
    QFile file(
        QStringLiteral(EVENTSMITH_SOURCE_DIR "/resources/schemas/%1.schema.json").arg(family));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Drops the whitespace between tokens, keeping the key order (unlike QJsonDocument).
QByteArray minified(const QByteArray &text)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString && c == '\\') {
            out.append(text.mid(i++, 2));
            continue;
        }
        if (c == '"')
            inString = !inString;
        if (inString || !QByteArrayLiteral(" \n\r\t").contains(c))
            out.append(c);
    }
    return out;
}

QJsonDocument parse(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    *error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
    return document;
}

void collectRefs(const QJsonValue &value, QStringList &refs)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, refs);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QStringLiteral("$ref"))
                refs.append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    }
}

// Resolves a document-local "#/json/pointer" $ref; undefined when it leads nowhere.
QJsonValue resolvePointer(const QJsonValue &root, const QString &ref)
{
    if (!ref.startsWith(QLatin1Char('#')))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = root;
    const QStringList tokens = ref.mid(1).split(QLatin1Char('/'));
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        QString token = tokens.at(i);
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (node.isObject() && node.toObject().contains(token)) {
            node = node.toObject().value(token);
        } else if (node.isArray() && token.toInt() < node.toArray().size()) {
            node = node.toArray().at(token.toInt());
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

QJsonObject at(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject node = object;
    for (const QString &key : keys)
        node = node.value(key).toObject();
    return node;
}

} // namespace

// Checks the JSON Schema and OpenAPI exports against the schema resources.
class TestSchemaExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonSchemaIsTheResource_data();
    void jsonSchemaIsTheResource();
    void jsonSchemaReindentsACompactDocument_data();
    void jsonSchemaReindentsACompactDocument();
    void jsonSchemaOfAnUnknownFamilyIsEmpty();
    void openApiDescribesTheEndpoint();
    void openApiOffersBothAuthModes();
    void openApiRefsAllResolve();
    void openApiRequestBodyIsTheFourFamilies();
    void openApiResponses_data();
    void openApiResponses();

private:
    SchemaSet m_schemas;
    QJsonObject m_openApi;
};

void TestSchemaExport::initTestCase()
{
    auto loaded = SchemaSet::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    m_schemas = loaded.takeValue();
    QString error;
    const QJsonDocument document = parse(SchemaExporter::openApi(m_schemas), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(document.isObject());
    m_openApi = document.object();
}

void TestSchemaExport::jsonSchemaIsTheResource_data()
{
    QTest::addColumn<QString>("family");
    for (const QString &family : SchemaSet::knownFamilies())
        QTest::newRow(qPrintable(family)) << family;
}

void TestSchemaExport::jsonSchemaIsTheResource()
{
    QFETCH(QString, family);
    const QByteArray resource = readResource(family);
    QVERIFY(!resource.isEmpty());
    const QByteArray exported = SchemaExporter::jsonSchema(m_schemas, family);
    QString error;
    const QJsonDocument document = parse(exported, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(document.object().value(QStringLiteral("x-family")).toString(), family);
    QCOMPARE(document, QJsonDocument::fromJson(resource));
    // The resources are pretty-printed with two spaces, so the export keeps them byte for byte.
    QCOMPARE(exported, resource);
}

void TestSchemaExport::jsonSchemaReindentsACompactDocument_data()
{
    jsonSchemaIsTheResource_data();
}

void TestSchemaExport::jsonSchemaReindentsACompactDocument()
{
    QFETCH(QString, family);
    const QByteArray resource = readResource(family);
    SchemaSet schemas = SchemaSet::loadBuiltIn().takeValue();
    const QByteArray compact = minified(resource);
    QVERIFY(!compact.contains('\n'));
    auto loaded = schemas.loadDocument(compact, QStringLiteral("compact.schema.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded.value(), family);
    // Key order, numbers and strings (with their braces, commas and escaped quotes) survive.
    QCOMPARE(SchemaExporter::jsonSchema(schemas, family), resource);
}

void TestSchemaExport::jsonSchemaOfAnUnknownFamilyIsEmpty()
{
    QVERIFY(SchemaExporter::jsonSchema(m_schemas, QStringLiteral("faxes")).isEmpty());
}

void TestSchemaExport::openApiDescribesTheEndpoint()
{
    QCOMPARE(m_openApi.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
    QCOMPARE(m_openApi.value(QStringLiteral("servers"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
        QStringLiteral("https://app.octavehq.com"));
    const QJsonObject paths = m_openApi.value(QStringLiteral("paths")).toObject();
    QVERIFY(paths.contains(kPath));
    QVERIFY(paths.contains(kOlderPath));

    const QJsonObject post = at(paths, {kPath, QStringLiteral("post")});
    const QJsonObject parameter
        = post.value(QStringLiteral("parameters")).toArray().at(0).toObject();
    QCOMPARE(parameter.value(QStringLiteral("name")).toString(), QStringLiteral("eventType"));
    QCOMPARE(parameter.value(QStringLiteral("in")).toString(), QStringLiteral("path"));
    QCOMPARE(parameter.value(QStringLiteral("required")).toBool(), true);
    const QJsonArray values
        = at(parameter, {QStringLiteral("schema")}).value(QStringLiteral("enum")).toArray();
    QCOMPARE(values.size(), 4);
    for (const QString &family : SchemaSet::knownFamilies())
        QVERIFY2(values.contains(family), qPrintable(family));
}

void TestSchemaExport::openApiOffersBothAuthModes()
{
    const QJsonObject schemes
        = at(m_openApi, {QStringLiteral("components"), QStringLiteral("securitySchemes")});
    QSet<QString> modes;
    for (const QJsonValue &scheme : schemes) {
        QCOMPARE(
            scheme.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("apiKey"));
        QCOMPARE(
            scheme.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("api_key"));
        modes.insert(scheme.toObject().value(QStringLiteral("in")).toString());
    }
    QCOMPARE(modes, (QSet<QString> {QStringLiteral("header"), QStringLiteral("query")}));
    const QJsonArray security = m_openApi.value(QStringLiteral("security")).toArray();
    QCOMPARE(security.size(), 2);
    for (const QJsonValue &requirement : security)
        for (const QString &name : requirement.toObject().keys())
            QVERIFY2(schemes.contains(name), qPrintable(name));
}

void TestSchemaExport::openApiRefsAllResolve()
{
    QStringList refs;
    collectRefs(m_openApi, refs);
    QVERIFY(refs.size() >= 12);
    for (const QString &ref : std::as_const(refs)) {
        const QJsonValue target = resolvePointer(m_openApi, ref);
        QVERIFY2(target.isObject() || target.isBool(), qPrintable(ref));
    }
    // The address definition moved along with the families that use it.
    QVERIFY(refs.contains(QStringLiteral("#/components/schemas/EmailsAddress")));
    QVERIFY(refs.contains(QStringLiteral("#/components/schemas/CallsTranscriptEntry")));
    QVERIFY(!QJsonDocument(m_openApi).toJson().contains("#/definitions/"));
}

void TestSchemaExport::openApiRequestBodyIsTheFourFamilies()
{
    const QJsonObject body = at(m_openApi,
        {QStringLiteral("paths"), kPath, QStringLiteral("post"), QStringLiteral("requestBody"),
            QStringLiteral("content"), QStringLiteral("application/json"),
            QStringLiteral("schema")});
    const QJsonArray oneOf = body.value(QStringLiteral("oneOf")).toArray();
    QCOMPARE(oneOf.size(), 4);
    QStringList families;
    for (const QJsonValue &branch : oneOf) {
        const QJsonObject schema
            = resolvePointer(m_openApi, branch.toObject().value(QStringLiteral("$ref")).toString())
                  .toObject();
        families.append(schema.value(QStringLiteral("x-family")).toString());
        QVERIFY(!schema.contains(QStringLiteral("definitions")));
        QVERIFY(schema.value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("eventTimestamp")));
    }
    families.sort();
    QStringList known = SchemaSet::knownFamilies();
    known.sort();
    QCOMPARE(families, known);
}

void TestSchemaExport::openApiResponses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("properties");
    const QStringList error {QStringLiteral("_metadata"), QStringLiteral("message")};
    QTest::newRow("200") << QStringLiteral("200")
                         << QStringList {QStringLiteral("_metadata"), QStringLiteral("received"),
                                QStringLiteral("connection"), QStringLiteral("additionalData")};
    QTest::newRow("400") << QStringLiteral("400") << error;
    QTest::newRow("401") << QStringLiteral("401") << error;
    QTest::newRow("403") << QStringLiteral("403") << error;
}

void TestSchemaExport::openApiResponses()
{
    QFETCH(QString, status);
    QFETCH(QStringList, properties);
    const QJsonObject response = at(m_openApi,
        {QStringLiteral("paths"), kPath, QStringLiteral("post"), QStringLiteral("responses"),
            status});
    const QString ref = at(response,
        {QStringLiteral("content"), QStringLiteral("application/json"), QStringLiteral("schema")})
                            .value(QStringLiteral("$ref"))
                            .toString();
    const QJsonObject schema = resolvePointer(m_openApi, ref).toObject();
    QStringList keys = schema.value(QStringLiteral("properties")).toObject().keys();
    keys.sort();
    properties.sort();
    QCOMPARE(keys, properties);

    const QJsonObject metadata = resolvePointer(m_openApi,
        at(schema, {QStringLiteral("properties"), QStringLiteral("_metadata")})
            .value(QStringLiteral("$ref"))
            .toString())
                                     .toObject();
    const QJsonObject metadataProperties = metadata.value(QStringLiteral("properties")).toObject();
    for (const char *key : {"requestId", "timestamp", "usage", "message"})
        QVERIFY2(metadataProperties.contains(QLatin1String(key)), key);
    if (status == QStringLiteral("200")) {
        const QJsonObject connection = at(schema,
            {QStringLiteral("properties"), QStringLiteral("connection"),
                QStringLiteral("properties")});
        for (const char *key : {"providerName", "shouldProcess", "connectionMethod"})
            QVERIFY2(connection.contains(QLatin1String(key)), key);
    }
}

QTEST_GUILESS_MAIN(TestSchemaExport)
#include "tst_schemaexport.moc"
