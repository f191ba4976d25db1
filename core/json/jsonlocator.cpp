#include "core/json/jsonlocator.h"

#include "core/json/jsonpointer.h"

#include <cstring>
#include <string>
#include <vector>

// With duplicate keys the locator stops at the FIRST occurrence: simdjson's DOM lookup, which
// the validator reads values from, returns the first one too, so a finding's position matches
// the value that was checked. Duplicates themselves are reported separately by the validator.

namespace {

constexpr qint64 invalid = -1;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void appendUtf8(std::string *out, uint codePoint)
{
    if (codePoint < 0x80) {
        out->push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out->push_back(char(0xC0 | (codePoint >> 6)));
        out->push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out->push_back(char(0xE0 | (codePoint >> 12)));
        out->push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out->push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (codePoint >> 18)));
        out->push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out->push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

// A forward-only cursor over the text that skips values without building anything.
class Cursor final
{
public:
    explicit Cursor(std::string_view text)
        : m_text(text)
    { }

    qint64 pos = 0;

    bool atEnd() const { return pos >= qint64(m_text.size()); }
    char current() const { return atEnd() ? 0 : m_text[pos]; }
    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(m_text[pos]))
            ++pos;
    }
    bool skipString();
    bool skipValue();
    bool readString(std::string *decoded);

private:
    uint hex4(qint64 at) const;
    std::string_view m_text;
};

// Moves past the string starting at pos; memchr finds quotes, so long strings cost little.
bool Cursor::skipString()
{
    const char *data = m_text.data();
    const qint64 size = qint64(m_text.size());
    qint64 from = pos + 1;
    while (from < size) {
        const void *hit = std::memchr(data + from, '"', size_t(size - from));
        if (!hit)
            return false;
        const qint64 quote = static_cast<const char *>(hit) - data;
        qint64 backslashes = 0;
        while (quote - 1 - backslashes > pos && data[quote - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            pos = quote + 1;
            return true;
        }
        from = quote + 1;
    }
    return false;
}

bool Cursor::skipValue()
{
    std::vector<char> closers;
    do {
        skipWhitespace();
        const char c = current();
        if (atEnd())
            return false;
        if (c == '"') {
            if (!skipString())
                return false;
        } else if (c == '{' || c == '[') {
            closers.push_back(c == '{' ? '}' : ']');
            ++pos;
        } else if (c == '}' || c == ']') {
            if (closers.empty() || closers.back() != c)
                return false;
            closers.pop_back();
            ++pos;
        } else if (c == ',' || c == ':') {
            if (closers.empty())
                return false;
            ++pos;
        } else {
            const qint64 start = pos;
            while (!atEnd() && !isWhitespace(current()) && !std::strchr(",:]}[{\"", current()))
                ++pos;
            if (pos == start)
                return false;
        }
    } while (!closers.empty());
    return true;
}

uint Cursor::hex4(qint64 at) const
{
    if (at + 4 > qint64(m_text.size()))
        return 0x110000;
    uint value = 0;
    for (qint64 i = at; i < at + 4; ++i) {
        const char c = m_text[i];
        const bool digit = c >= '0' && c <= '9';
        const char lower = char(c | 0x20);
        if (!digit && !(lower >= 'a' && lower <= 'f'))
            return 0x110000;
        value = value * 16 + uint(digit ? c - '0' : lower - 'a' + 10);
    }
    return value;
}

// Reads the string at pos, decoding escapes, for comparing keys.
bool Cursor::readString(std::string *decoded)
{
    decoded->clear();
    const qint64 start = pos;
    if (!skipString())
        return false;
    const std::string_view raw = m_text.substr(start + 1, pos - start - 2);
    if (raw.find('\\') == std::string_view::npos) {
        decoded->assign(raw);
        return true;
    }
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            decoded->push_back(raw[i]);
            continue;
        }
        const char e = raw[++i];
        static const std::string_view from = "\"\\/bfnrt", to = "\"\\/\b\f\n\r\t";
        if (e != 'u') {
            const size_t k = from.find(e);
            decoded->push_back(k == std::string_view::npos ? e : to[k]);
            continue;
        }
        uint unit = hex4(start + 1 + qint64(i) + 1);
        i += 4;
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 6 < raw.size() && raw[i + 1] == '\\'
            && raw[i + 2] == 'u') {
            const uint low = hex4(start + 1 + qint64(i) + 3);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        appendUtf8(decoded, unit > 0x10FFFF ? 0xFFFD : unit);
    }
    return true;
}

// Finds the member `key` of the object at pos; leaves pos on its value.
// Returns 1 when found, 0 when absent, -1 when the text is not JSON.
int findMember(Cursor *cursor, const std::string &key)
{
    std::string name;
    ++cursor->pos;
    cursor->skipWhitespace();
    if (cursor->current() == '}')
        return 0;
    for (;;) {
        cursor->skipWhitespace();
        if (cursor->current() != '"' || !cursor->readString(&name))
            return -1;
        cursor->skipWhitespace();
        if (cursor->current() != ':')
            return -1;
        ++cursor->pos;
        cursor->skipWhitespace();
        if (name == key)
            return cursor->atEnd() ? -1 : 1;
        if (!cursor->skipValue())
            return -1;
        cursor->skipWhitespace();
        if (cursor->current() == '}')
            return 0;
        if (cursor->current() != ',')
            return -1;
        ++cursor->pos;
    }
}

// Finds element `segment` of the array at pos; same contract as findMember.
int findElement(Cursor *cursor, const QString &segment)
{
    bool ok = false;
    const qint64 index = segment.toLongLong(&ok);
    const bool canonical = ok && index >= 0 && (segment == u"0" || !segment.startsWith(u'0'))
        && !segment.startsWith(u'+');
    ++cursor->pos;
    cursor->skipWhitespace();
    if (cursor->current() == ']')
        return 0;
    for (qint64 i = 0;; ++i) {
        cursor->skipWhitespace();
        if (cursor->atEnd())
            return -1;
        if (canonical && i == index)
            return 1;
        if (!cursor->skipValue())
            return -1;
        cursor->skipWhitespace();
        if (cursor->current() == ']')
            return 0;
        if (cursor->current() != ',')
            return -1;
        ++cursor->pos;
    }
}

// Moves the cursor onto the value at `pointer`; false when the path does not exist.
bool walkTo(Cursor *cursor, const QString &pointer)
{
    cursor->skipWhitespace();
    for (const QString &segment : JsonPointer::split(pointer)) {
        const char c = cursor->current();
        const int found = c == '{' ? findMember(cursor, segment.toStdString())
            : c == '['             ? findElement(cursor, segment)
                                   : 0;
        if (found <= 0)
            return false;
    }
    return true;
}

} // namespace

TextPosition JsonLocator::locate(const QString &pointer) const
{
    Cursor cursor(m_text);
    cursor.skipWhitespace();
    if (cursor.atEnd())
        return TextPosition();
    for (const QString &segment : JsonPointer::split(pointer)) {
        const qint64 container = cursor.pos;
        const char c = cursor.current();
        int found = 0;
        if (c == '{')
            found = findMember(&cursor, segment.toStdString());
        else if (c == '[')
            found = findElement(&cursor, segment);
        if (found < 0)
            return TextPosition::at(m_text, invalid);
        if (found == 0)
            return TextPosition::at(m_text, container);
    }
    return TextPosition::at(m_text, cursor.pos);
}

std::string_view JsonLocator::valueText(const QString &pointer) const
{
    Cursor cursor(m_text);
    if (!walkTo(&cursor, pointer))
        return {};
    const qint64 start = cursor.pos;
    if (cursor.atEnd() || !cursor.skipValue())
        return {};
    return m_text.substr(static_cast<size_t>(start), static_cast<size_t>(cursor.pos - start));
}

std::vector<std::string_view> JsonLocator::elementTexts(const QString &pointer) const
{
    Cursor cursor(m_text);
    if (!walkTo(&cursor, pointer))
        return {};
    std::vector<std::string_view> elements;
    if (cursor.current() != '[')
        return elements;
    ++cursor.pos;
    cursor.skipWhitespace();
    while (!cursor.atEnd() && cursor.current() != ']') {
        const qint64 start = cursor.pos;
        if (!cursor.skipValue())
            return {};
        elements.push_back(m_text.substr(size_t(start), size_t(cursor.pos - start)));
        cursor.skipWhitespace();
        if (cursor.current() == ',') {
            ++cursor.pos;
            cursor.skipWhitespace();
        }
    }
    return elements;
}
