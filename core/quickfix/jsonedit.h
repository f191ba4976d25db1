#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reads and replaces values of a QJsonObject at a JSON Pointer (Qt's JSON types are values,
// so a nested change rebuilds the path back to the root).
namespace JsonEdit {
// The value at `pointer` ("" is the root), or Undefined when the path does not exist.
QJsonValue valueAt(const QJsonObject &root, const QString &pointer);
// `root` with the value at `pointer` replaced; false when the parent does not exist.
bool replaceAt(QJsonObject &root, const QString &pointer, const QJsonValue &value);
} // namespace JsonEdit
