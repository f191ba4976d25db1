#include "core/io/csvmapping.h"

#include "core/io/ioerrors.h"
#include "core/io/payloadbuilder.h"

#include "core/io/boundedreader.h"
#include "core/templates/jsonstringrewriter.h"
#include "core/templates/templateresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

Error mappingError(const QString &message)
{
    return {QStringLiteral("bad-mapping"), message};
}

QString topField(const QString &path)
{
    qsizetype end = 0;
    while (
        end < path.size() && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('['))
        ++end;
    return path.left(end);
}

} // namespace

Result<CsvMapping::Type> CsvMapping::parseType(const QString &name)
{
    static const QStringList names = {QStringLiteral("string"), QStringLiteral("number"),
        QStringLiteral("integer"), QStringLiteral("boolean"), QStringLiteral("json")};
    const qsizetype index = names.indexOf(name.isEmpty() ? names.first() : name);
    if (index < 0)
        return mappingError(QStringLiteral("unknown column type \"%1\"; use one of: %2")
                                .arg(name, names.join(QStringLiteral(", "))));
    return static_cast<Type>(index);
}

QString CsvMapping::typeName(Type type)
{
    static const char *const names[] = {"string", "number", "integer", "boolean", "json"};
    return QString::fromLatin1(names[static_cast<int>(type)]);
}

Result<CsvMapping> CsvMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return mappingError(
            QStringLiteral("the mapping is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    CsvMapping mapping;
    mapping.family = root.value(QStringLiteral("family")).toString();
    mapping.nameTemplate = root.value(QStringLiteral("name")).toString();
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        Column column {it.key(), it.value().toString(), Type::String};
        if (it.value().isObject()) {
            column.field = it.value().toObject().value(QStringLiteral("field")).toString();
            auto type = parseType(it.value().toObject().value(QStringLiteral("type")).toString());
            if (!type)
                return type.error();
            column.type = type.value();
        }
        if (column.field.isEmpty())
            return mappingError(QStringLiteral("column \"%1\" maps to no field").arg(it.key()));
        mapping.columns.append(column);
    }
    const QJsonObject constants = root.value(QStringLiteral("constants")).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        const QJsonValue value = it.value();
        const QByteArray text = value.isObject()
            ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
            : value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        mapping.constants.append({it.key(), text});
    }
    const QJsonObject templates = root.value(QStringLiteral("templates")).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it)
        mapping.templates.append({it.key(), it.value().toString()});
    return mapping;
}

Result<CsvMapping> CsvMapping::load(const QString &path)
{
    const Result<QByteArray> text = BoundedReader::readFile(path, BoundedReader::StreamLimit);
    if (!text)
        return text.error();
    auto mapping = fromJson(text.value());
    if (!mapping)
        return Error {
            mapping.error().code, QStringLiteral("%1: %2").arg(path, mapping.error().message)};
    return mapping;
}

QByteArray CsvMapping::toJson() const
{
    QJsonObject columnsObject;
    for (const Column &column : columns)
        columnsObject.insert(column.column,
            column.type == Type::String ? QJsonValue(column.field)
                                        : QJsonObject {{QStringLiteral("field"), column.field},
                                            {QStringLiteral("type"), typeName(column.type)}});
    QJsonObject constantsObject;
    for (const auto &constant : constants)
        constantsObject.insert(
            constant.first, QJsonDocument::fromJson("[" + constant.second + "]").array().first());
    QJsonObject templatesObject;
    for (const auto &entry : templates)
        templatesObject.insert(entry.first, entry.second);
    QJsonObject root {{QStringLiteral("family"), family},
        {QStringLiteral("columns"), columnsObject}, {QStringLiteral("constants"), constantsObject},
        {QStringLiteral("templates"), templatesObject}};
    if (!nameTemplate.isEmpty())
        root.insert(QStringLiteral("name"), nameTemplate);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList CsvMapping::missingColumns(const QStringList &header) const
{
    QStringList missing;
    for (const Column &column : columns)
        if (!header.contains(column.column))
            missing << column.column;
    return missing;
}

QStringList CsvMapping::unmappedFields(const QStringList &required) const
{
    QStringList filled;
    for (const Column &column : columns)
        filled << topField(column.field);
    for (const auto &constant : constants)
        filled << topField(constant.first);
    for (const auto &entry : templates)
        filled << topField(entry.first);
    QStringList unmapped;
    for (const QString &field : required)
        if (!filled.contains(field))
            unmapped << field;
    return unmapped;
}

std::optional<QByteArray> CsvMapping::cellJson(const QString &cell, Type type)
{
    const QString trimmed = cell.trimmed();
    bool ok = true;
    switch (type) {
    case Type::String:
        return '"' + JsonStringRewriter::escape(cell) + '"';
    case Type::Number:
        trimmed.toDouble(&ok);
        break;
    case Type::Integer:
        trimmed.toLongLong(&ok);
        break;
    case Type::Boolean:
        ok = trimmed == QLatin1String("true") || trimmed == QLatin1String("false");
        break;
    case Type::Json:
        ok = !QJsonDocument::fromJson("[" + trimmed.toUtf8() + "]").isNull();
        break;
    }
    if (!ok)
        return std::nullopt;
    return trimmed.toUtf8();
}

QByteArray CsvMapping::apply(
    const QHash<QString, QString> &row, TemplateResolver &resolver, Findings *findings) const
{
    PayloadBuilder builder;
    auto add = [&](const QString &field, const QByteArray &json) {
        auto set = builder.set(field, json);
        if (!set && findings)
            findings->append({Severity::Error, QLatin1Char('/') + topField(field), set.error().code,
                set.error().message});
    };
    for (const auto &constant : constants)
        add(constant.first, constant.second);
    for (const Column &column : columns) {
        const QString cell = row.value(column.column);
        if (cell.isEmpty())
            continue;
        if (auto json = cellJson(cell, column.type))
            add(column.field, *json);
        else if (findings)
            findings->append({Severity::Error, QLatin1Char('/') + topField(column.field),
                QStringLiteral("column-type"),
                QStringLiteral("column \"%1\": \"%2\" is not a %3")
                    .arg(column.column, cell, typeName(column.type))});
    }
    resolver.setColumns(row);
    for (const auto &entry : templates) {
        const QString value = resolver.resolveText(
            entry.second, findings, QLatin1Char('/') + topField(entry.first));
        add(entry.first, '"' + JsonStringRewriter::escape(value) + '"');
    }
    return builder.toJson();
}
