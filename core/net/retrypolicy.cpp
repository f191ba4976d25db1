#include "core/net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <cmath>

namespace {

std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // The weekday is dropped first: it is redundant, and Qt rejects a date whose weekday does not
    // match while the year is still 19yy for the RFC 850 form.
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850
        "MMM d HH:mm:ss yyyy", // asctime
    };
    const QString simplified = text.simplified();
    const int comma = simplified.indexOf(u',');
    const QString rest
        = comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.section(u' ', 1);
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime parsed = c.toDateTime(rest, QLatin1String(format));
        if (!parsed.isValid())
            continue;
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        if (parsed.date().year() < 1970) // RFC 850 two-digit years: 00-69 mean 20xx
            parsed = parsed.addYears(100);
        return parsed;
    }
    return std::nullopt;
}

} // namespace

RetryPolicy::RetryPolicy(const Clock &clock, quint64 seed)
    : RetryPolicy(clock, Settings(), seed)
{ }

RetryPolicy::RetryPolicy(const Clock &clock, const Settings &settings, quint64 seed)
    : m_clock(&clock)
    , m_settings(settings)
    , m_seed(seed)
{ }

bool RetryPolicy::isRetryableStatus(int status)
{
    if (status == 429)
        return true;
    // 501 and 505 say the server will never do this; other 5xx are worth another try.
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

bool RetryPolicy::isRetryable(const SendResult &result) const
{
    using Kind = SendResult::ErrorKind;
    switch (result.errorKind) {
    case Kind::None:
        return isRetryableStatus(result.status);
    case Kind::Timeout:
    case Kind::Deadline:
    case Kind::ConnectionRefused:
    case Kind::ConnectionReset:
    case Kind::Network:
        return true;
    case Kind::HostNotFound: // a typo in the host does not heal by waiting
    case Kind::Tls:
    case Kind::Cancelled:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

bool RetryPolicy::shouldRetry(const SendResult &result, int attempt) const
{
    if (attempt >= m_settings.maxAttempts || !isRetryable(result))
        return false;
    const std::optional<qint64> retryAfter = retryAfterMs(result);
    return !retryAfter || *retryAfter <= m_settings.maxRetryAfterMs;
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    const double exponent = qMax(0, attempt - 1);
    const double raw = double(m_settings.baseDelayMs) * std::pow(m_settings.multiplier, exponent);
    return qint64(qMin(raw, double(m_settings.maxDelayMs)));
}

double RetryPolicy::jitterFactor(const SendResult &result, int attempt) const
{
    const quint32 seeds[] = {quint32(m_seed), quint32(m_seed >> 32), quint32(attempt),
        quint32(result.id), quint32(result.id >> 32)};
    QRandomGenerator generator(seeds, std::size(seeds));
    return (generator.generateDouble() * 2.0 - 1.0) * m_settings.jitter;
}

qint64 RetryPolicy::delayMs(const SendResult &result, int attempt) const
{
    if (const std::optional<qint64> retryAfter = retryAfterMs(result))
        return *retryAfter;
    const double jittered = double(backoffMs(attempt)) * (1.0 + jitterFactor(result, attempt));
    return qBound<qint64>(0, qint64(std::llround(jittered)), m_settings.maxDelayMs);
}

std::optional<qint64> RetryPolicy::retryAfterMs(const SendResult &result) const
{
    const QByteArray value = result.responseHeader(QByteArrayLiteral("Retry-After"));
    if (value.isEmpty())
        return std::nullopt;
    return parseRetryAfter(value, m_clock->now());
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin<qint64>(seconds, 1000000000) * 1000);
    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date)
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(*date));
}
