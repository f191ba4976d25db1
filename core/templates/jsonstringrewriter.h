#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

// Rewrites the string values of a JSON text in place, leaving every other byte as written, so
// numbers, key order and spacing survive. Keys are never rewritten.
class JsonStringRewriter final
{
public:
    struct StringValue
    {
        std::string_view raw; // the bytes between the quotes, escapes as written
        QString pointer; // JSON Pointer of the value
        qint64 offset = 0; // byte offset of the first byte after the opening quote
    };
    // Returns the new raw bytes (already escaped) or nothing to keep the value.
    using Rewrite = std::function<std::optional<QByteArray>(const StringValue &)>;

    static QByteArray rewrite(const QByteArray &json, const Rewrite &rewrite);
    // `text` as the inside of a JSON string literal.
    static QByteArray escape(const QString &text);
    // The same, appended to `out` (no copy for writers that build one buffer).
    static void appendEscaped(QByteArray &out, const QString &text);
};
