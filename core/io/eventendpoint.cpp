#include "core/io/eventendpoint.h"

#include "core/net/redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QRegularExpression &pathPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("/receive/generic/(?:generic/)?([A-Za-z_]+)/?(?=[?#]|$)"));
    return pattern;
}

QString withoutKey(const QString &url)
{
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question < 0)
        return url;
    const QUrlQuery query(url.mid(question + 1));
    QUrlQuery kept;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded))
        if (!Redactor::isCredentialName(QUrl::fromPercentEncoding(item.first.toUtf8())))
            kept.addQueryItem(item.first, item.second);
    const QString rest = kept.toString(QUrl::FullyEncoded);
    return url.left(question) + (rest.isEmpty() ? QString() : QLatin1Char('?') + rest);
}

} // namespace

QString EventEndpoint::familyOf(const QString &url)
{
    const QRegularExpressionMatch match = pathPattern().match(url);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString EventEndpoint::urlTemplate(const QString &url)
{
    const QString clean = withoutKey(url);
    const QRegularExpressionMatch match = pathPattern().match(clean);
    if (!match.hasMatch())
        return clean;
    return clean.left(match.capturedStart(1)) + QStringLiteral("{eventType}")
        + clean.mid(match.capturedEnd(1));
}

QString EventEndpoint::queryKey(const QString &url)
{
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question < 0)
        return {};
    return QUrlQuery(url.mid(question + 1))
        .queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
}
