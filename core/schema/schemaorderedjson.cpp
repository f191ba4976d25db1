#include "core/schema/schemaorderedjson.h"

#include "core/schema/schemanode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

const SchemaNode *resolve(const SchemaNode *node)
{
    return node ? node->resolved() : nullptr;
}

// Nodes whose keywords describe a value: the node and its combinator branches.
QVector<const SchemaNode *> branches(const SchemaNode *node)
{
    QVector<const SchemaNode *> all;
    if (!(node = resolve(node)))
        return all;
    all << node;
    for (const auto *list : {&node->anyOf, &node->oneOf, &node->allOf})
        for (const SchemaNode *branch : *list)
            all << resolve(branch);
    return all;
}

const SchemaNode *propertyNode(const SchemaNode *node, const QString &key)
{
    const std::string name = key.toStdString();
    for (const SchemaNode *branch : branches(node))
        if (const SchemaNode *child = branch->property(name))
            return child;
    return nullptr;
}

const SchemaNode *itemsNode(const SchemaNode *node)
{
    for (const SchemaNode *branch : branches(node))
        if (branch->items)
            return branch->items;
    return nullptr;
}

QStringList orderedKeys(const QJsonObject &object, const SchemaNode *node)
{
    QStringList keys;
    for (const SchemaNode *branch : branches(node))
        for (const auto &p : branch->properties) {
            const QString key = QString::fromStdString(p.first);
            if (object.contains(key) && !keys.contains(key))
                keys << key;
        }
    for (const QString &key : object.keys())
        if (!keys.contains(key))
            keys << key;
    return keys;
}

void indent(QString &out, int depth)
{
    out += QLatin1Char('\n');
    out += QString(depth * 2, QLatin1Char(' '));
}

} // namespace

QString SchemaOrderedJson::write(const QJsonValue &value, const SchemaNode *schema)
{
    QString out;
    writeValue(out, value, schema, 0);
    out += QLatin1Char('\n');
    return out;
}

void SchemaOrderedJson::writeValue(
    QString &out, const QJsonValue &value, const SchemaNode *node, int depth)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return writeObject(out, value.toObject(), node, depth);
    case QJsonValue::Array:
        return writeArray(out, value.toArray(), node, depth);
    case QJsonValue::String:
        return writeString(out, value.toString());
    case QJsonValue::Double:
        out += number(value.toDouble());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    default:
        out += QLatin1String("null");
    }
}

void SchemaOrderedJson::writeObject(
    QString &out, const QJsonObject &object, const SchemaNode *node, int depth)
{
    if (object.isEmpty()) {
        out += QLatin1String("{}");
        return;
    }
    out += QLatin1Char('{');
    const QStringList keys = orderedKeys(object, node);
    for (int i = 0; i < keys.size(); ++i) {
        indent(out, depth + 1);
        writeString(out, keys.at(i));
        out += QLatin1String(": ");
        writeValue(out, object.value(keys.at(i)), propertyNode(node, keys.at(i)), depth + 1);
        if (i + 1 < keys.size())
            out += QLatin1Char(',');
    }
    indent(out, depth);
    out += QLatin1Char('}');
}

void SchemaOrderedJson::writeArray(
    QString &out, const QJsonArray &array, const SchemaNode *node, int depth)
{
    if (array.isEmpty()) {
        out += QLatin1String("[]");
        return;
    }
    out += QLatin1Char('[');
    const SchemaNode *items = itemsNode(node);
    for (qsizetype i = 0; i < array.size(); ++i) {
        indent(out, depth + 1);
        writeValue(out, array.at(i), items, depth + 1);
        if (i + 1 < array.size())
            out += QLatin1Char(',');
    }
    indent(out, depth);
    out += QLatin1Char(']');
}

void SchemaOrderedJson::writeString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

QString SchemaOrderedJson::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
