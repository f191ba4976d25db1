#pragma once

#include <QJsonValue>
#include <QString>

struct SchemaNode;

// Writes JSON for people: two-space indents and object keys in the schema's field order
// (QJsonDocument would sort them), unknown keys after the known ones.
class SchemaOrderedJson final
{
public:
    static QString write(const QJsonValue &value, const SchemaNode *schema);

private:
    static void writeValue(
        QString &out, const QJsonValue &value, const SchemaNode *node, int depth);
    static void writeObject(
        QString &out, const QJsonObject &object, const SchemaNode *node, int depth);
    static void writeArray(
        QString &out, const QJsonArray &array, const SchemaNode *node, int depth);
    static void writeString(QString &out, const QString &text);
    static QString number(double value);
};
