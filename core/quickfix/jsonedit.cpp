#include "core/quickfix/jsonedit.h"

#include "core/json/jsonpointer.h"

#include <QJsonArray>

namespace {

bool toIndex(const QString &segment, qsizetype size, qsizetype *index)
{
    bool ok = false;
    const qsizetype i = segment.toLongLong(&ok);
    if (!ok || i < 0 || i >= size)
        return false;
    *index = i;
    return true;
}

bool replaceIn(QJsonValue &node, const QStringList &segments, int depth, const QJsonValue &value)
{
    if (depth == segments.size()) {
        node = value;
        return true;
    }
    const QString &segment = segments.at(depth);
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (!object.contains(segment) && depth + 1 < segments.size())
            return false;
        QJsonValue child = object.value(segment);
        if (!replaceIn(child, segments, depth + 1, value))
            return false;
        object.insert(segment, child);
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        qsizetype index = 0;
        if (!toIndex(segment, array.size(), &index))
            return false;
        QJsonValue child = array.at(index);
        if (!replaceIn(child, segments, depth + 1, value))
            return false;
        array.replace(index, child);
        node = array;
        return true;
    }
    return false;
}

} // namespace

QJsonValue JsonEdit::valueAt(const QJsonObject &root, const QString &pointer)
{
    QJsonValue node = root;
    for (const QString &segment : JsonPointer::split(pointer)) {
        qsizetype index = 0;
        if (node.isObject() && node.toObject().contains(segment))
            node = node.toObject().value(segment);
        else if (node.isArray() && toIndex(segment, node.toArray().size(), &index))
            node = node.toArray().at(index);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return node;
}

bool JsonEdit::replaceAt(QJsonObject &root, const QString &pointer, const QJsonValue &value)
{
    const QStringList segments = JsonPointer::split(pointer);
    if (segments.isEmpty()) {
        if (!value.isObject())
            return false;
        root = value.toObject();
        return true;
    }
    QJsonValue node = root;
    if (!replaceIn(node, segments, 0, value))
        return false;
    root = node.toObject();
    return true;
}
