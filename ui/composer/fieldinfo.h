#pragma once

#include <QString>

struct SchemaNode;

// What the form shows about one top-level field, read from the schema. A property that is
// a `$ref` carries its own title and help, so those win over the referenced definition's.
struct FieldInfo
{
    QString name;
    QString title;
    QString description;
    QString assumption;
    QString widget;
    bool required = false;
    const SchemaNode *node = nullptr; // resolved

    static FieldInfo read(const QString &name, const SchemaNode *property, bool required);
    QString toolTip() const;
};
