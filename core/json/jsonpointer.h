#pragma once

#include <QString>
#include <QStringList>

#include <string_view>

// RFC 6901 JSON Pointers: building and splitting "/to/0/email".
namespace JsonPointer {
QString escape(QStringView segment);
QString unescape(QStringView segment);
QString append(const QString &pointer, QStringView key);
QString append(const QString &pointer, qsizetype index);
QStringList split(const QString &pointer); // unescaped segments
} // namespace JsonPointer
