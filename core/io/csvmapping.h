#pragma once

#include "core/common/result.h"

#include "core/validation/finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

class TemplateResolver;

// How CSV columns become payload fields, saved as a JSON file and reused:
// {"family": "emails", "columns": {"Email": "to[0].email", "Amount": {"field": "amount",
//  "type": "number"}}, "constants": {"eventType": "sent"}, "templates": {"eventTimestamp":
//  "{{now}}", "subject": "Hello {{col.First name}}"}, "name": "{{col.Email}}"}.
// Constants and templates fill required fields that no column holds.
class CsvMapping final
{
public:
    enum class Type { String, Number, Integer, Boolean, Json };
    struct Column
    {
        QString column;
        QString field;
        Type type = Type::String;
    };

    QString family;
    QVector<Column> columns;
    QVector<QPair<QString, QByteArray>> constants; // field -> JSON text
    QVector<QPair<QString, QString>> templates; // field -> template text
    QString nameTemplate;

    static Result<CsvMapping> fromJson(const QByteArray &json);
    static Result<CsvMapping> load(const QString &path);
    QByteArray toJson() const;

    // Columns the mapping names that the header lacks.
    QStringList missingColumns(const QStringList &header) const;
    // Top-level `required` fields that nothing in the mapping fills.
    QStringList unmappedFields(const QStringList &required) const;
    // The payload for one row (cells keyed by header name). Empty cells leave their field out, so
    // validation reports a missing required field rather than an empty one.
    QByteArray apply(
        const QHash<QString, QString> &row, TemplateResolver &resolver, Findings *findings) const;

private:
    static Result<Type> parseType(const QString &name);
    static QString typeName(Type type);
    static std::optional<QByteArray> cellJson(const QString &cell, Type type);

    Q_DECLARE_TR_FUNCTIONS(CsvMapping)
};
