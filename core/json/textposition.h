#pragma once

#include <QtGlobal>

#include <string_view>

// A place in a text: byte offset plus 1-based line and column (column counts code points).
struct TextPosition
{
    qint64 offset = -1;
    int line = 0;
    int column = 0;

    bool isValid() const { return offset >= 0; }
    // Line and column of a byte offset; O(offset), used only when a finding needs a position.
    static TextPosition at(std::string_view text, qint64 offset);
    // The same, counting only from `from` (a position in `text` at or before `offset`): walking
    // through a file in order costs O(file) in all, not O(offset) per step.
    static TextPosition advance(std::string_view text, const TextPosition &from, qint64 offset);
};
