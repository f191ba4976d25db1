#include "core/json/jsonsyntaxchecker.h"

#include "core/json/utf8.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

enum class State { Value, FirstKeyOrEnd, KeyAfterComma, Colon, FirstValueOrEnd, AfterValue };

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Integers must fit int64/uint64 and other numbers a finite double, as simdjson requires.
bool outOfRange(std::string_view token, bool integer)
{
    if (integer) {
        const bool negative = token.front() == '-';
        const std::string_view digits = negative ? token.substr(1) : token;
        const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
        if (digits.size() != limit.size())
            return digits.size() > limit.size();
        return digits > limit;
    }
    const std::string copy(token);
    return std::isinf(std::strtod(copy.c_str(), nullptr));
}

// One pass over the text with an explicit stack of open containers: no recursion, so
// 100000 nested brackets cannot overflow the call stack.
class Scanner final
{
public:
    Scanner(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    { }

    JsonError run();
    qint64 firstOutOfRange() const { return m_outOfRange; }

private:
    bool fail(qint64 offset, const QString &message, const char *code = "parse-error");
    bool atEnd() const { return m_pos >= qint64(m_text.size()); }
    char peek(qint64 offset) const { return offset < qint64(m_text.size()) ? m_text[offset] : 0; }
    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(m_text[m_pos]))
            ++m_pos;
    }
    bool step();
    bool strayByte();
    bool value();
    bool badValue();
    bool open(char bracket);
    bool keyState(bool afterComma);
    bool afterValue();
    bool string();
    bool escape(qint64 backslash);
    bool unicodeEscape(qint64 backslash);
    bool number();
    bool literal(std::string_view word);

    std::string_view m_text;
    int m_maxDepth;
    qint64 m_pos = 0;
    qint64 m_commaPos = -1;
    State m_state = State::Value;
    std::vector<char> m_stack;
    qint64 m_outOfRange = -1;
    JsonError m_error;
};

bool Scanner::fail(qint64 offset, const QString &message, const char *code)
{
    m_error.code = QString::fromLatin1(code);
    m_error.message = message;
    m_error.position = TextPosition::at(m_text, offset);
    return false;
}

JsonError Scanner::run()
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
        fail(0,
            QStringLiteral("the text starts with a byte order mark; save it as UTF-8 "
                           "without BOM"));
        return m_error;
    }
    skipWhitespace();
    if (atEnd()) {
        fail(0, QStringLiteral("the text is empty; expected a JSON value"));
        return m_error;
    }
    m_error.code = QStringLiteral("ok");
    while (step()) {
        if (m_state == State::AfterValue && m_stack.empty()) {
            skipWhitespace();
            if (!atEnd())
                fail(m_pos, QStringLiteral("unexpected text after the JSON value"));
            break;
        }
    }
    return m_error;
}

// Handles one token in the current state; false when an error was recorded.
bool Scanner::step()
{
    skipWhitespace();
    if (!atEnd() && !strayByte())
        return false;
    switch (m_state) {
    case State::Value:
        return value();
    case State::FirstKeyOrEnd:
        return keyState(false);
    case State::KeyAfterComma:
        return keyState(true);
    case State::Colon:
        if (peek(m_pos) != ':')
            return fail(m_pos, QStringLiteral("expected ':' after an object key"));
        ++m_pos;
        m_state = State::Value;
        return true;
    case State::FirstValueOrEnd:
        m_state = peek(m_pos) == ']' ? State::AfterValue : State::Value;
        return m_state == State::AfterValue ? afterValue() : true;
    case State::AfterValue:
        return afterValue();
    }
    return true;
}

// Bytes that are wrong wherever they appear outside strings.
bool Scanner::strayByte()
{
    const char c = m_text[m_pos];
    if (c == '/')
        return fail(m_pos, QStringLiteral("comments are not allowed in JSON"));
    if ((c & 0x80) && Utf8::sequenceLength(m_text, m_pos) == 0)
        return fail(
            m_pos, QStringLiteral("invalid UTF-8 byte; the text must be UTF-8"), "invalid-utf8");
    return true;
}

bool Scanner::value()
{
    if (atEnd())
        return fail(m_pos, QStringLiteral("unexpected end of text; expected a value"));
    const char c = m_text[m_pos];
    if (c == ']' && m_commaPos >= 0 && !m_stack.empty() && m_stack.back() == '[')
        return fail(m_commaPos, QStringLiteral("trailing comma before ']'"));
    m_commaPos = -1;
    m_state = State::AfterValue;
    switch (c) {
    case '{':
    case '[':
        return open(c);
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        if (c == '-' || isDigit(c))
            return number();
        return badValue();
    }
}

// Says why the byte at m_pos cannot start a value, naming the common mistakes.
bool Scanner::badValue()
{
    const std::string_view rest = m_text.substr(m_pos);
    const char c = rest.front();
    if (rest.substr(0, 3) == "NaN")
        return fail(m_pos, QStringLiteral("NaN is not JSON; use null or a number"));
    if (rest.substr(0, 8) == "Infinity")
        return fail(m_pos, QStringLiteral("Infinity is not JSON; use null or a number"));
    if (c == '\'')
        return fail(m_pos, QStringLiteral("single quotes are not JSON; use double quotes"));
    if (c == '+')
        return fail(m_pos, QStringLiteral("a number cannot start with '+'; remove it"));
    if (c == '.')
        return fail(m_pos, QStringLiteral("a number must start with a digit; write 0.5, not .5"));
    return fail(m_pos,
        QStringLiteral("expected a value (an object, array, string, number, "
                       "true, false or null)"));
}

bool Scanner::open(char bracket)
{
    if (int(m_stack.size()) >= m_maxDepth)
        return fail(
            m_pos, QStringLiteral("nesting deeper than %1 levels").arg(m_maxDepth), "too-deep");
    m_stack.push_back(bracket);
    ++m_pos;
    m_state = bracket == '{' ? State::FirstKeyOrEnd : State::FirstValueOrEnd;
    return true;
}

bool Scanner::keyState(bool afterComma)
{
    const char c = peek(m_pos);
    if (c == '"') {
        m_state = State::Colon;
        return string();
    }
    if (c == '}' && !atEnd()) {
        if (afterComma)
            return fail(m_commaPos, QStringLiteral("trailing comma before '}'"));
        ++m_pos;
        m_stack.pop_back();
        m_state = State::AfterValue;
        return true;
    }
    if (c == '\'')
        return fail(m_pos, QStringLiteral("single quotes are not JSON; use double quotes"));
    if (atEnd())
        return fail(m_pos, QStringLiteral("unexpected end of text; expected a string key or '}'"));
    return fail(m_pos,
        afterComma ? QStringLiteral("expected a double-quoted key after ','")
                   : QStringLiteral("expected a double-quoted key or '}'"));
}

bool Scanner::afterValue()
{
    const bool inObject = m_stack.back() == '{';
    const char close = inObject ? '}' : ']';
    const char c = peek(m_pos);
    if (!atEnd() && c == ',') {
        m_commaPos = m_pos++;
        m_state = inObject ? State::KeyAfterComma : State::Value;
        return true;
    }
    if (!atEnd() && c == close) {
        ++m_pos;
        m_stack.pop_back();
        return true;
    }
    const QString expected = inObject ? QStringLiteral("',' or '}' after an object member")
                                      : QStringLiteral("',' or ']' after an array element");
    if (atEnd())
        return fail(m_pos, QStringLiteral("unexpected end of text; expected ") + expected);
    return fail(m_pos, QStringLiteral("expected ") + expected);
}

bool Scanner::string()
{
    const qint64 start = m_pos++;
    const qint64 size = qint64(m_text.size());
    const char *data = m_text.data();
    while (m_pos < size) {
        const unsigned char c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            if (!escape(m_pos))
                return false;
        } else if (c < 0x20) {
            const QString hint = c == '\n' ? QStringLiteral("\\n")
                : c == '\t'                ? QStringLiteral("\\t")
                : c == '\r'                ? QStringLiteral("\\r")
                                           : QStringLiteral("\\u%1").arg(c, 4, 16, QChar(u'0'));
            return fail(
                m_pos, QStringLiteral("control character in string (escape it as %1)").arg(hint));
        } else if (c >= 0x80) {
            const int length = Utf8::sequenceLength(m_text, m_pos);
            if (length == 0)
                return fail(m_pos,
                    QStringLiteral("invalid UTF-8 byte in string; the text "
                                   "must be UTF-8"),
                    "invalid-utf8");
            m_pos += length;
        } else {
            ++m_pos;
        }
    }
    return fail(start, QStringLiteral("unterminated string; expected a closing '\"'"));
}

// Validates the escape at `backslash` and moves m_pos past it.
bool Scanner::escape(qint64 backslash)
{
    const char c = peek(backslash + 1);
    if (backslash + 1 >= qint64(m_text.size()))
        return fail(backslash, QStringLiteral("unterminated string; expected a closing '\"'"));
    if (c == 'u')
        return unicodeEscape(backslash);
    if (std::strchr("\"\\/bfnrt", c) && c != 0) {
        m_pos = backslash + 2;
        return true;
    }
    const int length = (c & 0x80) ? Utf8::sequenceLength(m_text, backslash + 1) : 1;
    const QString shown = QString::fromUtf8(m_text.data() + backslash + 1, qMax(length, 1));
    return fail(backslash,
        QStringLiteral("invalid escape \\%1; valid escapes are \\\" \\\\ \\/ "
                       "\\b \\f \\n \\r \\t and \\uXXXX")
            .arg(shown));
}

bool Scanner::unicodeEscape(qint64 backslash)
{
    auto hexAt = [this](qint64 at, uint *unit) {
        *unit = 0;
        for (qint64 i = at; i < at + 4; ++i) {
            const char c = peek(i);
            if (!isHex(c))
                return false;
            *unit = *unit * 16 + uint(isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return true;
    };
    uint unit = 0;
    if (!hexAt(backslash + 2, &unit))
        return fail(backslash, QStringLiteral("invalid \\u escape; expected 4 hex digits"));
    m_pos = backslash + 6;
    const QString unpaired = QStringLiteral("unpaired surrogate \\u%1 in string; a \\uD800-\\uDBFF "
                                            "escape must be followed by a \\uDC00-\\uDFFF escape")
                                 .arg(unit, 4, 16, QChar(u'0'));
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail(backslash, unpaired);
    if (unit < 0xD800 || unit > 0xDBFF)
        return true;
    uint low = 0;
    if (peek(m_pos) != '\\' || peek(m_pos + 1) != 'u' || !hexAt(m_pos + 2, &low) || low < 0xDC00
        || low > 0xDFFF)
        return fail(backslash, unpaired);
    m_pos += 6;
    return true;
}

bool Scanner::number()
{
    const qint64 start = m_pos;
    if (peek(m_pos) == '-') {
        ++m_pos;
        if (m_text.substr(m_pos, 8) == "Infinity")
            return fail(start, QStringLiteral("-Infinity is not JSON; use null or a number"));
        if (!isDigit(peek(m_pos)))
            return fail(m_pos, QStringLiteral("expected a digit after '-'"));
    }
    if (peek(m_pos) == '0' && isDigit(peek(m_pos + 1)))
        return fail(start, QStringLiteral("leading zeros are not allowed in numbers"));
    while (isDigit(peek(m_pos)))
        ++m_pos;
    bool integer = true;
    if (peek(m_pos) == '.') {
        integer = false;
        if (!isDigit(peek(++m_pos)))
            return fail(m_pos, QStringLiteral("expected a digit after '.'"));
        while (isDigit(peek(m_pos)))
            ++m_pos;
    }
    if (peek(m_pos) == 'e' || peek(m_pos) == 'E') {
        integer = false;
        ++m_pos;
        if (peek(m_pos) == '+' || peek(m_pos) == '-')
            ++m_pos;
        if (!isDigit(peek(m_pos)))
            return fail(m_pos, QStringLiteral("expected a digit in the exponent"));
        while (isDigit(peek(m_pos)))
            ++m_pos;
    }
    if (m_outOfRange < 0 && outOfRange(m_text.substr(start, m_pos - start), integer))
        m_outOfRange = start;
    return true;
}

bool Scanner::literal(std::string_view word)
{
    if (m_text.substr(m_pos, word.size()) != word)
        return fail(m_pos,
            QStringLiteral("invalid literal; expected %1")
                .arg(QLatin1String(word.data(), qsizetype(word.size()))));
    m_pos += qint64(word.size());
    return true;
}

} // namespace

JsonError JsonSyntaxChecker::check(std::string_view text, int maxDepth)
{
    return Scanner(text, maxDepth).run();
}

qint64 JsonSyntaxChecker::firstOutOfRangeNumber(std::string_view text, int maxDepth)
{
    Scanner scanner(text, maxDepth);
    scanner.run();
    return scanner.firstOutOfRange();
}
