#pragma once

#include "core/json/textposition.h"

#include <QString>

#include <string_view>
#include <vector>

// Finds where the value at a JSON Pointer starts in a JSON text, without building a tree.
class JsonLocator final
{
public:
    explicit JsonLocator(std::string_view text)
        : m_text(text)
    { }

    // Byte offset of the first character of the value at `pointer` ("" is the root),
    // or of the deepest existing ancestor when the path does not exist (a missing property
    // points at its object). Returns an invalid position when the text is not JSON.
    // With duplicate keys the first occurrence wins, like simdjson's DOM lookup that the
    // validator reads; duplicates are reported on their own.
    TextPosition locate(const QString &pointer) const;
    // The exact text of the value at `pointer` (as the user wrote it), or empty when the
    // path does not exist.
    std::string_view valueText(const QString &pointer) const;
    // The exact text of every element of the array at `pointer`, in one pass (empty when there
    // is no array there): a set file's events without rescanning the file per event.
    std::vector<std::string_view> elementTexts(const QString &pointer) const;

private:
    std::string_view m_text;
};
