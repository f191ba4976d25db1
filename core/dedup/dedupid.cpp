#include "core/dedup/dedupid.h"

#include <simdjson.h>

#include <QCryptographicHash>

#include <string>

namespace {

using Element = simdjson::dom::element;
using ElementResult = simdjson::simdjson_result<Element>;

constexpr int prefixLength = 100;
constexpr char unitSeparator = '\x1f';

// A string field, or empty when it is missing or of another type (spec §4: missing = "").
std::string_view text(ElementResult value)
{
    std::string_view out;
    if (value.get_string().get(out) != simdjson::SUCCESS)
        return {};
    return out;
}

bool isAscii(std::string_view bytes)
{
    for (const char c : bytes) {
        if (c & 0x80)
            return false;
    }
    return true;
}

QString trimmed(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).trimmed();
}

// Addresses are compared trimmed and lower-cased; the ASCII path avoids Unicode tables.
QString address(std::string_view bytes)
{
    if (!isAscii(bytes))
        return trimmed(bytes).toLower();
    size_t begin = 0, end = bytes.size();
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (begin < end && space(bytes[begin]))
        ++begin;
    while (end > begin && space(bytes[end - 1]))
        --end;
    QString out(qsizetype(end - begin), Qt::Uninitialized);
    QChar *data = out.data();
    for (size_t i = begin; i < end; ++i) {
        const char c = bytes[i];
        data[i - begin] = QLatin1Char(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
    }
    return out;
}

// Collects the first N code points of UTF-8 pieces without converting the whole text.
class Utf8Prefix final
{
public:
    explicit Utf8Prefix(int count)
        : m_remaining(count)
    { }
    bool full() const { return m_remaining == 0; }
    void append(std::string_view piece)
    {
        for (const char c : piece) {
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                if (m_remaining == 0)
                    return;
                --m_remaining;
            }
            m_bytes.push_back(c);
        }
    }
    QString toString() const
    {
        return QString::fromUtf8(m_bytes.data(), qsizetype(m_bytes.size()));
    }

private:
    std::string m_bytes;
    int m_remaining;
};

QString firstParticipant(ElementResult participant)
{
    std::string_view value;
    if (participant.get_string().get(value) == simdjson::SUCCESS)
        return address(value);
    const QString email = address(text(participant["email"]));
    if (!email.isEmpty())
        return email;
    return trimmed(text(participant["name"]));
}

// The transcript string, or its entries as "speaker: text" lines, cut to 100 code points.
QString transcriptPrefix(ElementResult transcript)
{
    Utf8Prefix prefix(prefixLength);
    std::string_view flat;
    simdjson::dom::array entries;
    if (transcript.get_string().get(flat) == simdjson::SUCCESS) {
        prefix.append(flat);
    } else if (transcript.get_array().get(entries) == simdjson::SUCCESS) {
        bool first = true;
        for (Element entry : entries) {
            if (!first)
                prefix.append("\n");
            first = false;
            prefix.append(text(entry["speaker"]));
            prefix.append(": ");
            prefix.append(text(entry["text"]));
            if (prefix.full())
                break;
        }
    }
    return prefix.toString();
}

QString socialText(Element payload)
{
    std::string_view body = text(payload["body"]["text"]);
    if (body.empty())
        body = text(payload["body"]["html"]);
    Utf8Prefix prefix(prefixLength);
    prefix.append(body);
    return prefix.toString();
}

QString timestamp(Element payload)
{
    const std::string_view raw = text(payload["eventTimestamp"]);
    return DedupId::canonicalTimestamp(QString::fromUtf8(raw.data(), qsizetype(raw.size())));
}

QString plain(ElementResult value)
{
    const std::string_view bytes = text(value);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QStringList autoComponents(const QString &family, Element payload)
{
    if (family == QLatin1String("emails"))
        return {address(text(payload["from"]["email"])), plain(payload["subject"]),
            timestamp(payload), address(text(payload["to"].at(0)["email"]))};
    if (family == QLatin1String("calls"))
        return {plain(payload["title"]), timestamp(payload),
            firstParticipant(payload["participants"].at(0)),
            transcriptPrefix(payload["transcript"])};
    if (family == QLatin1String("crm"))
        return {plain(payload["opportunityId"]), plain(payload["eventType"])};
    if (family == QLatin1String("social"))
        return {address(text(payload["from"]["email"])), timestamp(payload),
            address(text(payload["to"].at(0)["email"])), socialText(payload)};
    return {};
}

QString hashOf(const QString &family, const QStringList &components)
{
    QByteArray bytes = family.toUtf8();
    for (const QString &component : components) {
        bytes.append(unitSeparator);
        bytes.append(component.toUtf8());
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm), valid for all years here.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthIndex = (5 * dayOfYear + 2) / 153;
    *day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    *month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    *year = int(yearOfEra + era * 400 + (*month <= 2));
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Reads `width` ASCII digits at `at`; -1 when any is not a digit.
int digits(QStringView s, qsizetype at, int width)
{
    if (at + width > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + width; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool separatorsOk(QStringView s)
{
    return s.size() >= 20 && s.at(4) == u'-' && s.at(7) == u'-'
        && (s.at(10) == u'T' || s.at(10) == u't') && s.at(13) == u':' && s.at(16) == u':';
}

// Fractional seconds of any length, truncated to milliseconds; moves `at` past them.
int milliseconds(QStringView s, qsizetype *at)
{
    if (*at >= s.size() || s.at(*at) != u'.')
        return 0;
    const qsizetype start = ++*at;
    int ms = 0;
    while (*at < s.size() && s.at(*at).isDigit() && s.at(*at).unicode() < 128) {
        if (*at - start < 3)
            ms = ms * 10 + (s.at(*at).unicode() - u'0');
        ++*at;
    }
    if (*at == start)
        return -1;
    for (qsizetype n = *at - start; n < 3; ++n)
        ms *= 10;
    return ms;
}

// Offset east of UTC in minutes for "Z", "z" or "+hh:mm"/"-hh:mm" ending the text.
bool zoneOffset(QStringView zone, int *minutes)
{
    if (zone == u"Z" || zone == u"z") {
        *minutes = 0;
        return true;
    }
    if (zone.size() != 6 || (zone.at(0) != u'+' && zone.at(0) != u'-') || zone.at(3) != u':')
        return false;
    const int hours = digits(zone, 1, 2), mins = digits(zone, 4, 2);
    if (hours < 0 || hours > 23 || mins < 0 || mins > 59)
        return false;
    *minutes = (hours * 60 + mins) * (zone.at(0) == u'-' ? -1 : 1);
    return true;
}

// RFC 3339 date-time to milliseconds since the epoch (UTC); false when it does not parse.
bool parseRfc3339(QStringView s, qint64 *epochMs)
{
    if (!separatorsOk(s))
        return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    qsizetype at = 19;
    const int ms = milliseconds(s, &at);
    int offset = 0;
    if (ms < 0 || !zoneOffset(s.mid(at), &offset))
        return false;
    const qint64 seconds
        = daysFromCivil(year, month, day) * 86400 + hour * 3600 + (minute - offset) * 60 + second;
    *epochMs = seconds * 1000 + ms;
    return true;
}

QString formatUtc(qint64 epochMs)
{
    const qint64 days = (epochMs >= 0 ? epochMs : epochMs - 86399999) / 86400000;
    const qint64 msOfDay = epochMs - days * 86400000;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999)
        return QString();
    // Written by hand: snprintf cost as much as the rest of an ID (100k events per run).
    QString out(24, Qt::Uninitialized);
    QChar *p = out.data();
    const auto put = [&p](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = QLatin1Char(char('0' + value % 10));
        p += width;
    };
    const auto sep = [&p](char c) { *p++ = QLatin1Char(c); };
    put(year, 4), sep('-'), put(month, 2), sep('-'), put(day, 2), sep('T');
    put(int(msOfDay / 3600000), 2), sep(':'), put(int(msOfDay / 60000 % 60), 2), sep(':');
    put(int(msOfDay / 1000 % 60), 2), sep('.'), put(int(msOfDay % 1000), 3), sep('Z');
    return out;
}

} // namespace

QString DedupId::canonicalTimestamp(const QString &raw)
{
    qint64 epochMs = 0;
    if (!parseRfc3339(raw, &epochMs))
        return raw;
    const QString formatted = formatUtc(epochMs);
    return formatted.isEmpty() ? raw : formatted;
}

QString DedupId::sourceName(DedupSource source)
{
    return source == DedupSource::Explicit ? QStringLiteral("explicit") : QStringLiteral("auto");
}

DedupId DedupId::compute(const QString &family, simdjson::dom::element payload)
{
    DedupId result;
    // crm has no eventId field: the server dedups it by opportunityId + eventType regardless.
    const bool explicitAllowed = family == QLatin1String("emails")
        || family == QLatin1String("calls") || family == QLatin1String("social");
    if (explicitAllowed) {
        const std::string_view eventId = text(payload["eventId"]);
        if (!eventId.empty()) {
            result.id = QString::fromUtf8(eventId.data(), qsizetype(eventId.size()));
            result.source = DedupSource::Explicit;
            result.components = QStringList {result.id};
            return result;
        }
    }
    result.components = autoComponents(family, payload);
    result.id = hashOf(family, result.components);
    return result;
}

QString DedupId::firstCodePoints(const QString &text, int count)
{
    qsizetype units = 0;
    for (int seen = 0; seen < count && units < text.size(); ++seen) {
        const bool pair = text.at(units).isHighSurrogate() && units + 1 < text.size()
            && text.at(units + 1).isLowSurrogate();
        units += pair ? 2 : 1;
    }
    return text.left(units);
}
