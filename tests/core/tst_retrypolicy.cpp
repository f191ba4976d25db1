#include "core/common/manualclock.h"
#include "core/net/retrypolicy.h"

#include <QTest>

namespace {

SendResult answer(int status, const QByteArray &retryAfter = {}, quint64 id = 1)
{
    SendResult result;
    result.id = id;
    result.status = status;
    if (!retryAfter.isEmpty())
        result.responseHeaders.append({"Retry-After", retryAfter});
    return result;
}

SendResult failure(SendResult::ErrorKind kind)
{
    SendResult result;
    result.errorKind = kind;
    return result;
}

RetryPolicy::Settings noJitter()
{
    RetryPolicy::Settings settings;
    settings.jitter = 0.0;
    return settings;
}

} // namespace

Q_DECLARE_METATYPE(SendResult::ErrorKind)

// Which outcomes retry, after how long, and when the retries stop.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        const QList<QPair<int, bool>> table
            = {{200, false}, {201, false}, {302, false}, {400, false}, {401, false}, {403, false},
                {404, false}, {408, false}, {422, false}, {429, true}, {500, true}, {501, false},
                {502, true}, {503, true}, {504, true}, {505, false}, {599, true}};
        for (const auto &row : table)
            QTest::addRow("%d", row.first) << row.first << row.second;
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retry);
        ManualClock clock;
        const RetryPolicy policy(clock);
        QCOMPARE(policy.shouldRetry(answer(status), 1), retry);
    }

    void errorKinds_data()
    {
        using Kind = SendResult::ErrorKind;
        QTest::addColumn<SendResult::ErrorKind>("kind");
        QTest::addColumn<bool>("retry");
        QTest::newRow("timeout") << Kind::Timeout << true;
        QTest::newRow("deadline") << Kind::Deadline << true;
        QTest::newRow("refused") << Kind::ConnectionRefused << true;
        QTest::newRow("reset") << Kind::ConnectionReset << true;
        QTest::newRow("network") << Kind::Network << true;
        QTest::newRow("host not found") << Kind::HostNotFound << false;
        QTest::newRow("tls") << Kind::Tls << false;
        QTest::newRow("cancelled") << Kind::Cancelled << false;
        QTest::newRow("invalid") << Kind::InvalidRequest << false;
    }

    void errorKinds()
    {
        QFETCH(SendResult::ErrorKind, kind);
        QFETCH(bool, retry);
        ManualClock clock;
        const RetryPolicy policy(clock);
        QCOMPARE(policy.shouldRetry(failure(kind), 1), retry);
    }

    void tlsNeverRetriesEvenWithAStatus()
    {
        ManualClock clock;
        SendResult result = answer(503);
        result.errorKind = SendResult::ErrorKind::Tls;
        QVERIFY(!RetryPolicy(clock).shouldRetry(result, 1));
    }

    void maxAttempts()
    {
        ManualClock clock;
        RetryPolicy::Settings settings;
        settings.maxAttempts = 3;
        const RetryPolicy policy(clock, settings);
        QVERIFY(policy.shouldRetry(answer(503), 1));
        QVERIFY(policy.shouldRetry(answer(503), 2));
        QVERIFY(!policy.shouldRetry(answer(503), 3));
        QVERIFY(!policy.shouldRetry(answer(503), 4));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray(" 12 ") << qint64(12000);
        QTest::newRow("imf-fixdate")
            << QByteArray("Sat, 03 Feb 2024 10:30:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Saturday, 03-Feb-24 10:31:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Sat Feb  3 10:30:05 2024") << qint64(5000);
        QTest::newRow("past date") << QByteArray("Sat, 03 Feb 2024 10:00:00 GMT") << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        ManualClock clock; // 2024-02-03 10:30:00 UTC
        const RetryPolicy policy(clock);
        QVERIFY(policy.shouldRetry(answer(429, header), 1));
        QCOMPARE(policy.delayMs(answer(429, header), 1), expectedMs);
        QCOMPARE(policy.delayMs(answer(503, header), 4), expectedMs);
    }

    void retryAfterDateFollowsTheClock()
    {
        ManualClock clock;
        const RetryPolicy policy(clock);
        const SendResult result = answer(429, "Sat, 03 Feb 2024 10:30:30 GMT");
        clock.advanceMs(10000);
        QCOMPARE(policy.delayMs(result, 1), qint64(20000));
        clock.advanceMs(25000);
        QCOMPARE(policy.delayMs(result, 1), qint64(0));
    }

    void unreadableRetryAfterFallsBackToBackoff()
    {
        ManualClock clock;
        const RetryPolicy policy(clock, noJitter());
        QCOMPARE(policy.delayMs(answer(429, "soon"), 1), qint64(500));
        QCOMPARE(policy.delayMs(answer(429, "-5"), 2), qint64(1000));
    }

    void tooLongRetryAfterStopsRetrying()
    {
        ManualClock clock;
        RetryPolicy::Settings settings;
        settings.maxRetryAfterMs = 60000;
        const RetryPolicy policy(clock, settings);
        QVERIFY(policy.shouldRetry(answer(429, "60"), 1));
        QVERIFY(!policy.shouldRetry(answer(429, "61"), 1));
        QVERIFY(!policy.shouldRetry(answer(503, "Sat, 03 Feb 2024 11:30:00 GMT"), 1));
    }

    void backoffGrowsAndIsCapped()
    {
        ManualClock clock;
        RetryPolicy::Settings settings = noJitter();
        settings.maxAttempts = 20;
        settings.maxDelayMs = 5000;
        const RetryPolicy policy(clock, settings);
        const QList<qint64> expected = {500, 1000, 2000, 4000, 5000, 5000, 5000};
        for (int attempt = 1; attempt <= expected.size(); ++attempt)
            QCOMPARE(policy.delayMs(answer(503), attempt), expected.at(attempt - 1));
        QCOMPARE(policy.delayMs(answer(503), 60), qint64(5000)); // no overflow far out
    }

    void jitterStaysInBounds()
    {
        ManualClock clock;
        RetryPolicy::Settings settings;
        settings.jitter = 0.25;
        settings.maxDelayMs = 6000;
        const RetryPolicy policy(clock, settings, 42);
        QSet<qint64> seen;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const qint64 base = policy.backoffMs(attempt);
            for (quint64 id = 1; id <= 200; ++id) {
                const qint64 delay = policy.delayMs(answer(503, {}, id), attempt);
                QVERIFY2(delay >= qint64(base * 0.75) && delay <= qMin<qint64>(6000, base * 1.25),
                    qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(delay)));
                if (attempt == 1)
                    seen.insert(delay);
            }
        }
        QVERIFY2(seen.size() > 50, "jitter should spread the delays");
    }

    void jitterIsSeeded()
    {
        ManualClock clock;
        const RetryPolicy a(clock, 7);
        const RetryPolicy b(clock, 7);
        const RetryPolicy c(clock, 8);
        bool differs = false;
        for (quint64 id = 1; id <= 20; ++id) {
            QCOMPARE(a.delayMs(answer(503, {}, id), 2), b.delayMs(answer(503, {}, id), 2));
            differs |= a.delayMs(answer(503, {}, id), 2) != c.delayMs(answer(503, {}, id), 2);
        }
        QVERIFY(differs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
