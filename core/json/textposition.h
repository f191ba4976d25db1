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
};
