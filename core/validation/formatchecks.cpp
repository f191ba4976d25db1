#include "core/validation/formatchecks.h"

#include <cstdint>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads exactly `count` ASCII digits at `pos`.
bool readNumber(std::string_view s, size_t pos, int count, int *out)
{
    if (pos + count > s.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

struct Date
{
    int year = 0, month = 0, day = 0;
};

bool parseDate(std::string_view s, Date *d)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!readNumber(s, 0, 4, &d->year) || !readNumber(s, 5, 2, &d->month)
        || !readNumber(s, 8, 2, &d->day))
        return false;
    return d->month >= 1 && d->month <= 12 && d->day >= 1
        && d->day <= daysInMonth(d->year, d->month);
}

// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct DateTime
{
    Date date;
    int hour = 0, minute = 0, second = 0, millis = 0;
    int offsetMinutes = 0;
};

bool parseFraction(std::string_view s, size_t *pos, int *millis)
{
    if (*pos >= s.size() || s[*pos] != '.')
        return true;
    ++*pos;
    const size_t start = *pos;
    int value = 0;
    while (*pos < s.size() && isDigit(s[*pos])) {
        if (*pos - start < 3)
            value = value * 10 + (s[*pos] - '0');
        ++*pos;
    }
    for (size_t n = *pos - start; n < 3; ++n)
        value *= 10;
    *millis = value;
    return *pos > start;
}

bool parseOffset(std::string_view s, size_t pos, int *offsetMinutes)
{
    if (pos == s.size() - 1 && (s[pos] == 'Z' || s[pos] == 'z')) {
        *offsetMinutes = 0;
        return true;
    }
    if (pos + 6 != s.size() || (s[pos] != '+' && s[pos] != '-') || s[pos + 3] != ':')
        return false;
    int h = 0, m = 0;
    if (!readNumber(s, pos + 1, 2, &h) || !readNumber(s, pos + 4, 2, &m) || h > 23 || m > 59)
        return false;
    *offsetMinutes = (s[pos] == '-' ? -1 : 1) * (h * 60 + m);
    return true;
}

bool parseDateTime(std::string_view s, DateTime *dt)
{
    if (s.size() < 20 || !parseDate(s.substr(0, 10), &dt->date))
        return false;
    if ((s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return false;
    if (!readNumber(s, 11, 2, &dt->hour) || !readNumber(s, 14, 2, &dt->minute)
        || !readNumber(s, 17, 2, &dt->second))
        return false;
    if (dt->hour > 23 || dt->minute > 59 || dt->second > 60)
        return false;
    size_t pos = 19;
    if (!parseFraction(s, &pos, &dt->millis) || pos >= s.size())
        return false;
    if (!parseOffset(s, pos, &dt->offsetMinutes))
        return false;
    if (dt->second == 60) { // a leap second exists only at 23:59:60 UTC
        int utcMinutes = dt->hour * 60 + dt->minute - dt->offsetMinutes;
        utcMinutes = ((utcMinutes % 1440) + 1440) % 1440;
        return utcMinutes == 23 * 60 + 59;
    }
    return true;
}

bool isAtomChar(char c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
    case '-':
        return true;
    default:
        return false;
    }
}

bool isDotAtom(std::string_view s)
{
    if (s.empty() || s.front() == '.' || s.back() == '.')
        return false;
    char previous = 0;
    for (char c : s) {
        if (c == '.' ? previous == '.' : !isAtomChar(c))
            return false;
        previous = c;
    }
    return true;
}

bool isHostLabel(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    for (char c : label)
        if (!isAlpha(c) && !isDigit(c) && c != '-')
            return false;
    return true;
}

bool isUriChar(unsigned char c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case ':':
    case '/':
    case '?':
    case '#':
    case '[':
    case ']':
    case '@':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

namespace FormatChecks {

bool isDateTime(std::string_view text)
{
    DateTime dt;
    return parseDateTime(text, &dt);
}

std::optional<qint64> dateTimeToEpochMs(std::string_view text)
{
    DateTime dt;
    if (!parseDateTime(text, &dt))
        return std::nullopt;
    const qint64 days = daysFromCivil(dt.date.year, dt.date.month, dt.date.day);
    const qint64 seconds
        = days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second - dt.offsetMinutes * 60;
    return seconds * 1000 + dt.millis;
}

bool isDate(std::string_view text)
{
    Date d;
    return text.size() == 10 && parseDate(text, &d);
}

bool isEmail(std::string_view text)
{
    const size_t at = text.rfind('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || !isDotAtom(text.substr(0, at)))
        return false;
    std::string_view domain = text.substr(at + 1);
    if (domain.empty() || domain.size() > 253)
        return false;
    int labels = 0;
    while (true) {
        const size_t dot = domain.find('.');
        if (!isHostLabel(domain.substr(0, dot)))
            return false;
        ++labels;
        if (dot == std::string_view::npos)
            break;
        domain.remove_prefix(dot + 1);
    }
    return labels >= 2;
}

bool isUri(std::string_view text)
{
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isAlpha(text[0]))
        return false;
    for (size_t i = 1; i < colon; ++i) {
        const char c = text[i];
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    for (size_t i = colon + 1; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '%') {
            if (i + 2 >= text.size() || !isHex(text[i + 1]) || !isHex(text[i + 2]))
                return false;
            i += 2;
        } else if (!isUriChar(c)) {
            return false;
        }
    }
    return true;
}

} // namespace FormatChecks
