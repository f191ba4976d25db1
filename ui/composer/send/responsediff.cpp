#include "ui/composer/send/responsediff.h"

#include "ui/composer/send/responseview.h"

#include "core/net/responseenvelope.h"
#include "core/storage/sendrecord.h"

#include <vector>

QStringList ResponseDiff::lines(const SendRecord &record)
{
    const std::optional<ResponseEnvelope> envelope = ResponseEnvelope::parse(record.responseBody);
    auto flag = [](std::optional<bool> value) {
        return !value ? QStringLiteral("-")
            : *value  ? QStringLiteral("true")
                      : QStringLiteral("false");
    };
    QStringList out;
    out << QStringLiteral("status: %1").arg(record.responseStatus);
    if (!record.error.isEmpty())
        out << QStringLiteral("error: %1").arg(record.error);
    if (envelope) {
        out << QStringLiteral("requestId: %1").arg(envelope->requestId);
        out << QStringLiteral("received: %1").arg(flag(envelope->received));
        out << QStringLiteral("shouldProcess: %1").arg(flag(envelope->shouldProcess));
        out << QStringLiteral("duplicate: %1").arg(flag(envelope->duplicate.value_or(false)));
    }
    out << QStringLiteral("body:");
    out << ResponseView::prettyBody(record.responseBody).split(QLatin1Char('\n'));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QStringList ResponseDiff::diff(const QStringList &older, const QStringList &newer)
{
    // Longest common subsequence: responses are a few dozen lines, so the table is tiny.
    const qsizetype n = older.size(), m = newer.size();
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[size_t(i)][size_t(j)] = older.at(i) == newer.at(j)
                ? common[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(common[size_t(i + 1)][size_t(j)], common[size_t(i)][size_t(j + 1)]);
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && older.at(i) == newer.at(j)) {
            out << QStringLiteral("  ") + older.at(i++);
            ++j;
        } else if (i < n
            && (j == m || common[size_t(i + 1)][size_t(j)] >= common[size_t(i)][size_t(j + 1)])) {
            out << QStringLiteral("- ") + older.at(i++);
        } else {
            out << QStringLiteral("+ ") + newer.at(j++);
        }
    }
    return out;
}
