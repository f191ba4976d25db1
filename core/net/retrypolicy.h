#pragma once

#include "core/common/clock.h"
#include "core/net/sendresult.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Decides whether a failed send is tried again and after how long: 429, 5xx (not 501/505),
// connection failures and timeouts retry; other 4xx, TLS errors and cancellations never do.
// Exponential backoff with jitter, `Retry-After` honoured. Pure: the same inputs give the same
// answer, jitter included (it is drawn from the seed, the attempt and the result id).
class RetryPolicy final
{
public:
    struct Settings
    {
        int maxAttempts = 5; // attempts in all, the first one included
        qint64 baseDelayMs = 500; // before the 2nd attempt
        double multiplier = 2.0;
        qint64 maxDelayMs = 30000; // cap on the backoff, jitter included
        double jitter = 0.2; // the backoff moves by up to ± this fraction
        qint64 maxRetryAfterMs = 120000; // a server asking for longer ends the retries
    };

    explicit RetryPolicy(const Clock &clock, quint64 seed = 0);
    RetryPolicy(const Clock &clock, const Settings &settings, quint64 seed = 0);

    // `attempt` is the 1-based number of the attempt that produced `result`.
    bool shouldRetry(const SendResult &result, int attempt) const;
    // Milliseconds to wait before attempt `attempt + 1`.
    qint64 delayMs(const SendResult &result, int attempt) const;

    bool isRetryable(const SendResult &result) const;
    qint64 backoffMs(int attempt) const; // before jitter
    std::optional<qint64> retryAfterMs(const SendResult &result) const;
    const Settings &settings() const { return m_settings; }

    // Delta seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime), relative to `now`.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    static bool isRetryableStatus(int status);

private:
    double jitterFactor(const SendResult &result, int attempt) const;

    const Clock *m_clock;
    Settings m_settings;
    quint64 m_seed;
};
