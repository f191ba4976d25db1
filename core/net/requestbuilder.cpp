#include "core/net/requestbuilder.h"

#include "core/common/version.h"

#include <algorithm>

namespace {

const QByteArray kKeyName = QByteArrayLiteral("api_key");

} // namespace

QUrl RequestBuilder::withoutQueryKey(const QUrl &url)
{
    const QByteArrayList items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    QByteArrayList kept;
    for (const QByteArray &item : items) {
        const QByteArray name = item.left(item.indexOf('='));
        if (!item.isEmpty() && QByteArray::fromPercentEncoding(name) != kKeyName)
            kept.append(item);
    }
    QUrl out = url;
    if (kept.isEmpty())
        out.setQuery(QString());
    else
        out.setQuery(QString::fromLatin1(kept.join('&')), QUrl::StrictMode);
    return out;
}

QUrl RequestBuilder::withQueryKey(const QUrl &url, const QString &key)
{
    QUrl out = withoutQueryKey(url);
    if (key.isEmpty())
        return out;
    // Encode everything but unreserved characters so '+', '&' and '=' in a key survive.
    QByteArray query = out.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += kKeyName + '=' + QUrl::toPercentEncoding(key);
    out.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return out;
}

QByteArray RequestBuilder::userAgent()
{
    return QByteArrayLiteral("Eventsmith/" EVENTSMITH_VERSION);
}

bool RequestBuilder::isReservedHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "content-type" || lower == "content-length" || lower == "host"
        || lower == kKeyName;
}

Result<QUrl> RequestBuilder::url(const SendRequest &request)
{
    const TargetConfig &target = request.target;
    Result<QUrl> url = target.expandUrl(request.family, request.receiverPort);
    if (!url)
        return url.error();
    if (target.authMode == TargetConfig::AuthMode::Query)
        return withQueryKey(url.value(), request.apiKey);
    return withoutQueryKey(url.value());
}

QList<Redactor::Header> RequestBuilder::headers(const SendRequest &request)
{
    // The app names itself (a target's own User-Agent header replaces it): the peer's logs then
    // say who sent a request, instead of Qt's default Mozilla string.
    QList<Redactor::Header> out {{QByteArrayLiteral("Content-Type"), "application/json"},
        {QByteArrayLiteral("User-Agent"), userAgent()}};
    const bool byQuery = request.target.authMode == TargetConfig::AuthMode::Query;
    if (!byQuery && !request.apiKey.isEmpty())
        out.append({kKeyName, request.apiKey.toUtf8()});
    for (const auto &header : request.target.extraHeaders) {
        if (isReservedHeader(header.first))
            continue;
        // A repeated name replaces the earlier value, as QNetworkRequest::setRawHeader does.
        const auto same = std::find_if(out.begin(), out.end(), [&header](const auto &h) {
            return h.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (same != out.end())
            same->second = header.second;
        else
            out.append(header);
    }
    return out;
}

Result<QNetworkRequest> RequestBuilder::build(const SendRequest &request)
{
    Result<QUrl> target = url(request);
    if (!target)
        return target.error();
    QNetworkRequest out(target.value());
    for (const auto &header : headers(request))
        out.setRawHeader(header.first, header.second);
    out.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setTransferTimeout(qMax(0, request.target.transferTimeoutMs));
    return out;
}

QByteArray RequestBuilder::head(
    const QUrl &url, const QList<Redactor::Header> &headers, qsizetype bodySize)
{
    QByteArray out = "POST " + url.path(QUrl::FullyEncoded).toLatin1();
    if (out.size() == 5)
        out += '/';
    if (url.hasQuery())
        out += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    out += " HTTP/1.1\r\nHost: " + (host.contains(':') ? '[' + host + ']' : host);
    if (url.port() > 0)
        out += ':' + QByteArray::number(url.port());
    out += "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
    return out;
}

QList<Redactor::Header> RequestBuilder::recordedHeaders(
    const QNetworkRequest &request, const Redactor &redactor)
{
    QList<Redactor::Header> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    return redactor.redactHeaders(headers);
}
